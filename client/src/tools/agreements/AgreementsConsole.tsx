/** Placeholder until the tool's view is written. */
export function AgreementsConsole() {
  return <h2>AgreementsConsole</h2>;
}
