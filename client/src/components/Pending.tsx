/** "Waiting to send…" beside a control whose change is in the outbox; nothing once it is sent. */
export function Pending({ shown }: { shown: boolean }) {
  return shown ? <p className="pending">Waiting to send…</p> : null;
}
