/** Placeholder until the tool's view is written. */
export function ScreenDefinitions() {
  return <h2>ScreenDefinitions</h2>;
}
