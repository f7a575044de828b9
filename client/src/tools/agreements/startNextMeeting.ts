import type { CreateRoomResponse } from '@roundtable/shared';
import type { ApiResult } from '../../components/postJson.ts';

/** A hung request is given up by then, so the button never stays stuck. */
const REQUEST_TIMEOUT_MS = 15_000;

const CANNOT_REACH = 'Cannot reach Roundtable. Check your connection and try again.';

/**
 * Asks the server to start the group's next meeting from room `roomId`, with the facilitator's
 * key from the console link. Never throws: a failure becomes a message to show.
 */
export async function startNextMeeting(roomId: string, key: string): Promise<ApiResult<CreateRoomResponse>> {
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/next`, {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, status: 0, message: CANNOT_REACH };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return { ok: true, status: response.status, body: body as CreateRoomResponse };
  const message = typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : null;
  return { ok: false, status: response.status, message: message ?? 'The next meeting could not be started. Please try again.' };
}
