import { CopyField } from './CopyField.tsx';

/** The facilitator's own link: the only way back to this console, so it is offered to keep. */
export function ConsoleLinkPanel({ link }: { link: string }) {
  return (
    <section className="panel stack" aria-labelledby="console-link-heading">
      <h2 id="console-link-heading">Your console link</h2>
      <CopyField
        label="Console link"
        value={link}
        what="console link"
        hint="Keep this link private. It lets you come back to this page, on this or another device."
      />
    </section>
  );
}
