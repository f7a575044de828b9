/** Placeholder until the tool's view is written. */
export function ValuesTreeConsole() {
  return <h2>ValuesTreeConsole</h2>;
}
