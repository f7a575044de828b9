/** Placeholder until the tool's view is written. */
export function DefinitionsConsole() {
  return <h2>DefinitionsConsole</h2>;
}
