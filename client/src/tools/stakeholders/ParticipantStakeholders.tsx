/** Placeholder until the tool's view is written. */
export function ParticipantStakeholders() {
  return <h2>ParticipantStakeholders</h2>;
}
