import {
  ErrorCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  TITLE_MAX,
  type CreateRoomResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/harness.ts';

let server: TestServer;

beforeEach(async () => {
  // A fresh server per test: each has its own rate limits, so tests cannot use up each other's.
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

const postJson = (path: string, value: unknown) => post(path, JSON.stringify(value));
const tryCode = (code: string) => postJson('/api/join', { code });

/** An error answer a person can read: a code for programs and one short plain sentence. */
async function expectPlainError(response: Response, status: number, code: ErrorCode): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { code: string; message: string };
  expect(body).toEqual({ code, message: expect.any(String) });
  expect(body.message).toMatch(/^[A-Z].{5,200}[.!]$/);
  // Schema-library wording ("Invalid input: expected object, received undefined") means nothing to a person.
  expect(body.message).not.toMatch(/invalid input|expected|received|undefined|null|\bNaN\b|[{}[\]]/i);
  return body.message;
}

/** A well-formed join code that is not `taken`. */
function otherCode(taken: string): string {
  const code = JOIN_CODE_ALPHABET.slice(0, JOIN_CODE_LENGTH);
  return code === taken ? JOIN_CODE_ALPHABET.slice(1, JOIN_CODE_LENGTH + 1) : code;
}

describe('GET /healthz', () => {
  it('answers 200 with JSON, so a monitor or the launcher can tell the server is up', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ok: true, rooms: expect.any(Number), uptimeSeconds: expect.any(Number) });
  });
});

describe('POST /api/rooms', () => {
  it('starts a workshop and answers 201 with its id, join code, facilitator key and links', async () => {
    const response = await postJson('/api/rooms', { title: 'Planning the bus routes' });
    expect(response.status).toBe(201);
    const room = (await response.json()) as CreateRoomResponse;
    expect(room).toEqual({
      roomId: expect.any(String),
      joinCode: expect.stringMatching(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)),
      facilitatorKey: expect.any(String),
      links: { facilitator: expect.any(String), screen: expect.any(String), join: expect.any(String) },
    });
    // At least 32 characters of a 64-letter alphabet: far more than 128 random bits.
    expect(room.facilitatorKey.length).toBeGreaterThanOrEqual(32);
    expect(room.facilitatorKey).toMatch(/^[A-Za-z0-9_-]+$/);

    const { facilitator, screen, join } = room.links;
    expect(facilitator).toBe(`${server.url}/f/${room.roomId}#${room.facilitatorKey}`);
    expect(screen).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{22,}$`));
    expect(join).toMatch(new RegExp(`^${server.url}/j/[A-Za-z0-9_-]{22,}$`));
    // The key travels only in the facilitator's link, after the #, so it never reaches a server log.
    for (const link of [screen, join]) expect(link).not.toContain(room.facilitatorKey);
    expect(new URL(facilitator).pathname).not.toContain(room.facilitatorKey);
    expect(new URL(screen).pathname.split('/').pop()).not.toBe(new URL(join).pathname.split('/').pop());
  });

  it('gives every workshop its own code, key and links', async () => {
    const first = await server.createRoom('Morning session');
    const second = await server.createRoom('Afternoon session');
    for (const key of ['roomId', 'joinCode', 'facilitatorKey'] as const) expect(first[key]).not.toBe(second[key]);
    for (const key of ['facilitator', 'screen', 'join'] as const) expect(first.links[key]).not.toBe(second.links[key]);
  });

  it('keeps only a hash of the facilitator key, never the key itself', async () => {
    const room = await server.createRoom('Library opening hours');
    const record = await server.store.findRoom({ by: 'id', id: room.roomId });
    expect(record).not.toBeNull();
    expect(record!.facilitatorKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record!.facilitatorKeyHash).not.toBe(room.facilitatorKey);
    expect(JSON.stringify(record)).not.toContain(room.facilitatorKey);
  });

  it('keeps the title trimmed and accepts one of the longest allowed length', async () => {
    const trimmed = await server.createRoom('   Youth club budget   ');
    expect((await server.store.loadRoom(trimmed.roomId))?.snapshot.state.title).toBe('Youth club budget');
    const longest = await postJson('/api/rooms', { title: 't'.repeat(TITLE_MAX) });
    expect(longest.status).toBe(201);
  });

  it.each([
    ['an empty title', '', 'Please write something in the title.'],
    ['a title of only spaces', '   \t ', 'Please write something in the title.'],
    ['a title one character too long', 't'.repeat(TITLE_MAX + 1), `The title can be up to ${TITLE_MAX} characters.`],
  ])('refuses %s with 400 and says what to fix', async (_case, title, message) => {
    const response = await postJson('/api/rooms', { title });
    expect(await expectPlainError(response, 400, ErrorCode.BAD_REQUEST)).toBe(message);
  });

  it.each([
    ['broken JSON', '{"title": "Bus routes"', 'application/json'],
    ['a form', 'title=Bus+routes', 'application/x-www-form-urlencoded'],
    ['plain text', 'Bus routes', 'text/plain'],
  ])('refuses a body of %s with 400 and a plain message', async (_case, body, contentType) => {
    await expectPlainError(await post('/api/rooms', body, contentType), 400, ErrorCode.BAD_REQUEST);
  });

  it.each([
    ['no title at all', {}],
    ['a title that is not text', { title: 42 }],
    ['a list instead of an object', ['Bus routes']],
  ])('refuses %s with 400 and a plain message', async (_case, body) => {
    await expectPlainError(await postJson('/api/rooms', body), 400, ErrorCode.BAD_REQUEST);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await postJson('/api/rooms', { title: 'Bus routes', notes: 'x'.repeat(8 * 1024) });
    await expectPlainError(response, 413, ErrorCode.BAD_REQUEST);
  });
});

describe('POST /api/join', () => {
  let room: CreateRoomResponse;

  beforeEach(async () => {
    room = await server.createRoom('Planning the bus routes');
  });

  const typings: [string, (code: string) => string][] = [
    ['exactly as shown', (code) => code],
    ['in lower case', (code) => code.toLowerCase()],
    ['with a space in the middle', (code) => `${code.slice(0, 3)} ${code.slice(3)}`],
    ['with dashes', (code) => `${code.slice(0, 3)}-${code.slice(3)}`],
    ['mixed case with spaces and dashes around', (code) => ` ${code.slice(0, 2).toLowerCase()}-${code.slice(2, 4)} ${code.slice(4).toLowerCase()} `],
  ];

  it.each(typings)('finds the workshop from a code typed %s', async (_case, typed) => {
    const response = await tryCode(typed(room.joinCode));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ join: room.links.join });
  });

  it('answers a code of no workshop with 404 and a plain message', async () => {
    const message = await expectPlainError(await tryCode(otherCode(room.joinCode)), 404, ErrorCode.NOT_FOUND);
    expect(message).toMatch(/code/);
  });

  it.each([
    ['too short', { code: '12' }],
    ['made of letters a code never has', { code: 'OOOOOO' }],
    ['missing', {}],
  ])('answers a code that is %s with 400 and a plain message', async (_case, body) => {
    await expectPlainError(await postJson('/api/join', body), 400, ErrorCode.BAD_REQUEST);
  });

  it('stops an address after 10 wrong codes, even for the right code, but never counts right ones', async () => {
    // Many phones behind one router join with the right code: none of that uses up the allowance.
    for (let i = 0; i < 15; i++) expect((await tryCode(room.joinCode)).status).toBe(200);
    // Wrong guesses count whether they look like a code or not.
    for (let i = 0; i < 10; i++) {
      const response = i % 2 ? await tryCode(otherCode(room.joinCode)) : await tryCode('nope');
      expect(response.status).toBe(i % 2 ? 404 : 400);
    }
    await expectPlainError(await tryCode(room.joinCode), 429, ErrorCode.RATE_LIMITED);
    await expectPlainError(await tryCode(otherCode(room.joinCode)), 429, ErrorCode.RATE_LIMITED);
    // Guessing codes does not stop anyone from starting a workshop.
    expect((await postJson('/api/rooms', { title: 'Another workshop' })).status).toBe(201);
  });
});

describe('every answer', () => {
  it('answers an unknown /api path with 404 JSON', async () => {
    const answers = [
      await fetch(`${server.url}/api/nothing-here`),
      await fetch(`${server.url}/api/rooms`),
      await postJson('/api/rooms/extra', { title: 'Bus routes' }),
      await fetch(`${server.url}/api/join`, { method: 'DELETE' }),
    ];
    for (const response of answers) await expectPlainError(response, 404, ErrorCode.NOT_FOUND);
  });

  it('carries a Content-Security-Policy that allows only this server, and sends no referrer', async () => {
    const room = await server.createRoom('Headers');
    const answers = [
      await fetch(`${server.url}/healthz`),
      await postJson('/api/rooms', { title: 'Bus routes' }),
      await postJson('/api/rooms', { title: '' }),
      await post('/api/rooms', '{', 'application/json'),
      await tryCode(room.joinCode),
      await fetch(`${server.url}/api/nothing-here`),
      // A page: the app when it is built, a "not built yet" note when it is not. Either way the headers hold.
      await fetch(`${server.url}/j/${new URL(room.links.join).pathname.split('/').pop()}`),
    ];
    for (const response of answers) {
      const directives = (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => directive.trim());
      expect(directives).toContain("default-src 'self'");
      expect(directives).toContain("object-src 'none'");
      expect(directives).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
