/** Placeholder until the tool's view is written. */
export function ParticipantValuesTree() {
  return <h2>ParticipantValuesTree</h2>;
}
