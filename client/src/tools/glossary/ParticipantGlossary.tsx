/** Placeholder until the tool's view is written. */
export function ParticipantGlossary() {
  return <h2>ParticipantGlossary</h2>;
}
