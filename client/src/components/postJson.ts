/** What a call to the server's HTTP API gave: the JSON body, or a message to show a person. */
export type ApiResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string };

/** A request that has not been answered by then is given up: hung wi-fi must not leave a form stuck. */
const REQUEST_TIMEOUT_MS = 15_000;

const CANNOT_REACH = 'Cannot reach Roundtable. Check your connection and try again.';

function messageOf(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message;
  }
  return null;
}

/**
 * POSTs JSON to the server (always the page's own origin) and reads the JSON answer. Never
 * throws: a network failure or a timeout becomes a message. `fallbacks` gives a message per
 * status code for when the server's answer has none.
 */
export async function postJson<T>(path: string, body: unknown, fallbacks: Record<number, string> = {}): Promise<ApiResult<T>> {
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch {
    return { ok: false, status: 0, message: CANNOT_REACH };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Timed out while the answer was arriving: as unreachable as no answer at all.
    if (signal.aborted) return { ok: false, status: 0, message: CANNOT_REACH };
    // Otherwise a body that is not JSON (a proxy's error page, say) is treated like no message.
  }
  if (response.ok && json !== null) return { ok: true, status: response.status, body: json as T };
  const fallback = fallbacks[response.status] ?? 'Something went wrong. Please try again.';
  return { ok: false, status: response.status, message: messageOf(json) ?? fallback };
}

/** The path, query and hash of an absolute URL from the server, to navigate within this app. */
export function localPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
