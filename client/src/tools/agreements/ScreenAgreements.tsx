/** Placeholder until the tool's view is written. */
export function ScreenAgreements() {
  return <h2>ScreenAgreements</h2>;
}
