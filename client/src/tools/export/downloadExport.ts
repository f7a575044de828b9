/** A request that has not been answered by then is given up, so the button does not stay busy. */
const EXPORT_TIMEOUT_MS = 60_000;

export type DownloadResult = { ok: true; fileName: string } | { ok: false; message: string };

function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? fallback;
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON (a proxy's error page, say): the general message below will do.
  }
  return 'The file could not be made. Please try again.';
}

/** Hands a file to the browser to save, as if a link to it had been clicked. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the address is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Asks the server for the room in one format, with the facilitator's key (which never goes in an
 * address), and saves the answer. Never throws: a failure becomes a message to show.
 */
export async function downloadExport(roomId: string, key: string, format: string, includeNames: boolean): Promise<DownloadResult> {
  const query = new URLSearchParams({ format });
  if (includeNames) query.set('names', 'include');
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/export?${query}`, {
      headers: { Authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, message: 'Cannot reach Roundtable. Check your connection and try again.' };
  }
  if (!response.ok) return { ok: false, message: await messageOf(response) };
  const fileName = fileNameOf(response.headers.get('content-disposition'), `workshop.${format}`);
  save(await response.blob(), fileName);
  return { ok: true, fileName };
}
