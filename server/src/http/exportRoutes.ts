import { timingSafeEqual } from 'node:crypto';
import { buildReport, ErrorCode, readRoomFile, type CreateRoomResponse, type ErrorCode as Code } from '@roundtable/shared';
import express, { type Request, type Response, type Router } from 'express';
import { exportRoom, isExportFormat } from '../export/formats.ts';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import { KeyedLimiter, type LimiterFactory } from '../security/rateLimit.ts';
import { hashSecret, secretMatches } from '../security/secrets.ts';
import { roomLinks } from './api.ts';

/** Largest room file accepted: a full room of 1,000 items is well under a megabyte. */
/** A room at every tool's limits saves to well under this (200 people and 1,000 items: about 330 kB). */
const ROOM_FILE_LIMIT = '2mb';
/** Rooms one address may bring back from files in a burst, and per second after that (as for new workshops). */
const IMPORTS_BURST = 20;
const IMPORTS_PER_SECOND = 1 / 6;

const NOT_THE_FACILITATOR = 'Only the facilitator can save this workshop. Please use the whole console link you were given.';
const NO_SUMMARY = 'This summary is not shared, or the link is not complete. Please ask the host for the link again.';

function sendError(response: Response, status: number, code: Code, message: string): void {
  response.status(status).json({ code, message });
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(hashSecret(a), 'hex');
  const right = Buffer.from(hashSecret(b), 'hex');
  return timingSafeEqual(left, right);
}

const inMemory: LimiterFactory = (_name, capacity, perSecond) => new KeyedLimiter(capacity, perSecond);

/**
 * Saving a workshop (every export format, facilitator only), bringing a room back from its file,
 * and the participant summary behind its shared link. Routes not its own pass on to the API.
 * Several processes pass limiters kept in Redis, as for `apiRouter`. A room is brought up to date
 * before it is read, since another process may have applied its latest commands.
 */
export function exportRouter(registry: RoomRegistry, publicBase: () => string, limiter: LimiterFactory = inMemory): Router {
  const router = express.Router();
  const imports = limiter('roomImports', IMPORTS_BURST, IMPORTS_PER_SECOND);

  router.get('/rooms/:roomId/export', async (request: Request<{ roomId: string }>, response: Response) => {
    const key = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
    const record = key ? await registry.find({ by: 'id', id: request.params.roomId }) : null;
    if (!key || !record || !secretMatches(key, record.facilitatorKeyHash)) {
      return sendError(response, 401, ErrorCode.UNAUTHORIZED, NOT_THE_FACILITATOR);
    }
    const format = request.query.format ?? 'docx';
    if (!isExportFormat(format)) return sendError(response, 400, ErrorCode.BAD_REQUEST, 'Please choose Word, PDF, Markdown, spreadsheet or whole room.');
    const room = await registry.room(record);
    await room.refresh();
    const file = await exportRoom(room.fullState(), format, { includeNames: request.query.names === 'include', now: Date.now() });
    response.setHeader('Cache-Control', 'no-store');
    response.attachment(file.fileName);
    response.type(file.contentType);
    return response.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  });

  // The allowance is taken before the body is read, so a refused address costs no parsing.
  const importAllowed = async (request: Request, response: Response, next: () => void) => {
    if (await imports.take(request.ip ?? '')) return next();
    return sendError(response, 429, ErrorCode.RATE_LIMITED, 'Too many workshops started from here. Please wait a few minutes.');
  };
  router.post('/rooms/import', importAllowed, express.json({ limit: ROOM_FILE_LIMIT }), async (request: Request, response: Response) => {
    const file = readRoomFile(request.body);
    if (!file.ok) return sendError(response, 400, ErrorCode.BAD_REQUEST, file.message);
    const { record, facilitatorKey } = await registry.createFrom(file.state);
    const answer: CreateRoomResponse = {
      roomId: record.id,
      joinCode: record.joinCode,
      facilitatorKey,
      links: roomLinks(publicBase(), record, facilitatorKey),
    };
    return response.status(201).json(answer);
  });

  router.get('/summary/:roomId/:token', async (request: Request<{ roomId: string; token: string }>, response: Response) => {
    const record = await registry.find({ by: 'id', id: request.params.roomId });
    const room = record ? await registry.room(record) : null;
    await room?.refresh();
    const summary = room?.fullState().summary;
    if (!room || !summary?.token || !sameText(summary.token, request.params.token)) {
      return sendError(response, 404, ErrorCode.NOT_FOUND, NO_SUMMARY);
    }
    response.setHeader('Cache-Control', 'no-store');
    return response.json(buildReport(room.fullState(), { includeNames: summary.includeNames, now: Date.now() }));
  });

  return router;
}
