import {
  createRoomRequestSchema,
  describeIssue,
  ErrorCode,
  joinRequestSchema,
  type CreateRoomResponse,
  type ErrorCode as Code,
} from '@roundtable/shared';
import express, { type Request, type Response, type Router } from 'express';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import { KeyedLimiter, type LimiterFactory } from '../security/rateLimit.ts';
import type { RoomRecord } from '../store/Store.ts';

/** Wrong join codes one address may try in a burst, and how fast that allowance comes back. */
const JOIN_CODE_FAILURES_BURST = 10;
const JOIN_CODE_FAILURES_PER_SECOND = 10 / 60;
/** Workshops one address may start in a burst, and per second after that. */
const ROOMS_BURST = 20;
const ROOMS_PER_SECOND = 1 / 6;

export interface Links {
  facilitator: string;
  screen: string;
  join: string;
}

/** The three links of a room, under the server's public address. */
export function roomLinks(base: string, record: RoomRecord, facilitatorKey?: string): Links {
  return {
    facilitator: `${base}/f/${record.id}${facilitatorKey ? `#${facilitatorKey}` : ''}`,
    screen: `${base}/s/${record.screenToken}`,
    join: `${base}/j/${record.participantToken}`,
  };
}

function sendError(response: Response, status: number, code: Code, message: string): void {
  response.status(status).json({ code, message });
}

/** Per-address limits kept in this process's memory: the default, with one process. */
const inMemory: LimiterFactory = (_name, capacity, perSecond) => new KeyedLimiter(capacity, perSecond);

/**
 * The HTTP API: starting a workshop and turning a typed join code into the join link. Several
 * processes pass limiters kept in Redis, so an address's allowance is the same whichever answers.
 */
export function apiRouter(registry: RoomRegistry, publicBase: () => string, limiter: LimiterFactory = inMemory): Router {
  const router = express.Router();
  const joinFailures = limiter('joinCodeFailures', JOIN_CODE_FAILURES_BURST, JOIN_CODE_FAILURES_PER_SECOND);
  const roomStarts = limiter('roomStarts', ROOMS_BURST, ROOMS_PER_SECOND);
  router.use(express.json({ limit: '4kb' }));

  router.post('/rooms', async (request: Request, response: Response) => {
    if (!(await roomStarts.take(request.ip ?? ''))) {
      return sendError(response, 429, ErrorCode.RATE_LIMITED, 'Too many workshops started from here. Please wait a few minutes.');
    }
    const body = createRoomRequestSchema.safeParse(request.body);
    if (!body.success) return sendError(response, 400, ErrorCode.BAD_REQUEST, describeIssue(body.error.issues, 'Please give the workshop a title.'));
    const { record, facilitatorKey } = await registry.create(body.data.title);
    const answer: CreateRoomResponse = {
      roomId: record.id,
      joinCode: record.joinCode,
      facilitatorKey,
      links: roomLinks(publicBase(), record, facilitatorKey),
    };
    return response.status(201).json(answer);
  });

  router.post('/rooms/:roomId/next', async (request: Request<{ roomId: string }>, response: Response) => {
    // Each next meeting stores a whole room, so it counts as starting a workshop.
    if (!(await roomStarts.take(request.ip ?? ''))) {
      return sendError(response, 429, ErrorCode.RATE_LIMITED, 'Too many workshops started from here. Please wait a few minutes.');
    }
    const key = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
    if (!key) return sendError(response, 401, ErrorCode.UNAUTHORIZED, 'Only the facilitator can start the next meeting.');
    const record = await registry.createNext(request.params.roomId, key);
    if ('ok' in record) return sendError(response, 401, record.code, record.message);
    const answer: CreateRoomResponse = {
      roomId: record.id,
      joinCode: record.joinCode,
      facilitatorKey: key,
      links: roomLinks(publicBase(), record, key),
    };
    return response.status(201).json(answer);
  });

  router.post('/join', async (request: Request, response: Response) => {
    const address = request.ip ?? '';
    if (!(await joinFailures.peek(address))) {
      return sendError(response, 429, ErrorCode.RATE_LIMITED, 'Too many tries. Please wait a minute, then check the code and try again.');
    }
    const body = joinRequestSchema.safeParse(request.body);
    if (!body.success) {
      await joinFailures.take(address);
      return sendError(response, 400, ErrorCode.BAD_REQUEST, describeIssue(body.error.issues, 'Please type the code shown on the screen.'));
    }
    const record = await registry.find({ by: 'joinCode', code: body.data.code });
    if (!record) {
      await joinFailures.take(address);
      return sendError(response, 404, ErrorCode.NOT_FOUND, 'No workshop has that code. Please check it on the screen and try again.');
    }
    return response.json({ join: roomLinks(publicBase(), record).join });
  });

  router.use((_request: Request, response: Response) => sendError(response, 404, ErrorCode.NOT_FOUND, 'There is nothing here.'));
  return router;
}
