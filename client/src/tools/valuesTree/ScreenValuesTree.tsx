/** Placeholder until the tool's view is written. */
export function ScreenValuesTree() {
  return <h2>ScreenValuesTree</h2>;
}
