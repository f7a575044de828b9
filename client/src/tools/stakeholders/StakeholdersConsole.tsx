/** Placeholder until the tool's view is written. */
export function StakeholdersConsole() {
  return <h2>StakeholdersConsole</h2>;
}
