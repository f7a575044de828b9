import { shortText } from './agreementWords.ts';

/**
 * An agreement's words, hidden on screen, ending a button's name ("Move up “We take breaks”"), so
 * buttons read out of context still say which agreement they act on. Put a space before it.
 */
export function WhichAgreement({ text }: { text: string }) {
  return <span className="visually-hidden">{`“${shortText(text)}”`}</span>;
}
