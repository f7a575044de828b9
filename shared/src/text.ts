import { z } from 'zod';

/**
 * Text a person typed: trimmed, at least one visible character, at most `max` characters.
 * The message is shown to the person as it stands.
 */
export function typedText(max: number, what: string) {
  return z
    .string()
    .trim()
    .min(1, `Please write something in ${what}.`)
    .max(max, `${capitalise(what)} can be up to ${max} characters.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Most characters in a workshop title. */
export const TITLE_MAX = 120;
/** Most characters in a person's name. */
export const NAME_MAX = 40;

export const titleSchema = typedText(TITLE_MAX, 'the title');
/** A display name, or null for someone who stays anonymous. An empty name means anonymous. */
export const nameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, `A name can be up to ${NAME_MAX} characters.`)
  .nullable()
  .transform((name) => (name ? name : null));
