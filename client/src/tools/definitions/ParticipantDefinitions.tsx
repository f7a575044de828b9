/** Placeholder until the tool's view is written. */
export function ParticipantDefinitions() {
  return <h2>ParticipantDefinitions</h2>;
}
