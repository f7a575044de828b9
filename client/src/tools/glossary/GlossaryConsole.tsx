/** Placeholder until the tool's view is written. */
export function GlossaryConsole() {
  return <h2>GlossaryConsole</h2>;
}
