/** Placeholder until the tool's view is written. */
export function ScreenStakeholders() {
  return <h2>ScreenStakeholders</h2>;
}
