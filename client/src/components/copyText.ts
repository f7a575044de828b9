/** 'copied': on the clipboard. 'selected': the words are selected for the person to copy. */
export type CopyResult = 'copied' | 'selected';

/**
 * Copies `value`, shown in `field`. The Clipboard API exists only on https or localhost pages, and
 * Roundtable often runs on a plain-http address on a local network, so it falls back to the old
 * copy command, and when that fails too, leaves the words selected for the person to copy.
 */
export async function copyText(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): Promise<CopyResult> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(value);
      return 'copied';
    }
  } catch {
    // Refused (no permission, say): fall through to selecting the text.
  }
  field?.focus();
  field?.select();
  return document.execCommand('copy') ? 'copied' : 'selected';
}
