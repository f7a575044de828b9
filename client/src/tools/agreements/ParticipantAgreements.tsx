/** Placeholder until the tool's view is written. */
export function ParticipantAgreements() {
  return <h2>ParticipantAgreements</h2>;
}
