/** Placeholder until the tool's view is written. */
export function ScreenGlossary() {
  return <h2>ScreenGlossary</h2>;
}
