import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ErrorCode } from '@roundtable/shared';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Cluster } from './cluster/cluster.ts';
import { publicBase, type Config } from './config.ts';
import { apiRouter, roomLinks } from './http/api.ts';
import { clientFiles } from './http/clientFiles.ts';
import { exportRouter } from './http/exportRoutes.ts';
import { RoomRegistry } from './rooms/RoomRegistry.ts';
import { StoreUnavailable, type Store } from './store/Store.ts';
import { attachSocketServer } from './transport/socketServer.ts';

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));

/**
 * Everything a page may load comes from this server: no CDN, font or analytics host is allowed.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export interface RunningServer {
  port: number;
  /** The address put in links and QR codes. */
  base: string;
  registry: RoomRegistry;
  close(): Promise<void>;
}

/**
 * Builds and starts the whole server: the API, the client's files and the Socket.IO endpoint.
 * With `cluster`, this is one of several processes sharing rooms through Redis (and `store` is
 * the cluster's store).
 */
export async function startServer(config: Config, store: Store, cluster?: Cluster): Promise<RunningServer> {
  const registry = new RoomRegistry(store);
  await cluster?.follow(registry);
  const app = express();
  const httpServer: HttpServer = createServer(app);
  let base = '';

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((_request, response, next) => {
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Participant and screen links carry their token in the path: never send it to another site.
    response.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.get('/healthz', (_request, response) => {
    response.json({ ok: true, rooms: registry.loadedCount, uptimeSeconds: Math.round(process.uptime()) });
  });
  app.use('/api', exportRouter(registry, () => base, cluster?.limiter));
  app.use('/api', apiRouter(registry, () => base, cluster?.limiter));
  if (existsSync(CLIENT_DIST)) {
    app.use(clientFiles(CLIENT_DIST));
  } else {
    app.get('/{*page}', (_request, response) => {
      response.status(503).type('text').send('The app is not built yet. Run "npm start", which builds it first.');
    });
  }
  app.use((error: Error & { status?: number; type?: string }, _request: Request, response: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') return response.status(413).json({ code: ErrorCode.BAD_REQUEST, message: 'That is too long.' });
    if (error.type === 'entity.parse.failed') return response.status(400).json({ code: ErrorCode.BAD_REQUEST, message: 'That was not understood.' });
    if (error instanceof StoreUnavailable) {
      console.error(`Request refused: ${error.message}`);
      return response.status(503).json({ code: ErrorCode.UNAVAILABLE, message: 'The workshop cannot be reached right now. Please try again in a moment.' });
    }
    console.error('Request failed:', error);
    return response.status(500).json({ code: ErrorCode.INTERNAL, message: 'Something went wrong. Please try again.' });
  });

  const io = attachSocketServer(httpServer, {
    registry,
    handGraceMs: config.handGraceMs,
    ...(cluster ? { cluster: cluster.socket } : {}),
    originAllowed: (origin, request) => originAllowed(origin, request, config, base),
    linksFor: (room, role) => {
      const links = roomLinks(base, room.record);
      return role === 'facilitator'
        ? { join: links.join, joinCode: room.record.joinCode, screen: links.screen, facilitator: links.facilitator }
        : { join: links.join, joinCode: room.record.joinCode };
    },
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  base = publicBase(config, port);

  return {
    port,
    base,
    registry,
    close: async () => {
      await io.close();
      await store.close();
      await cluster?.close();
    },
  };
}

/**
 * The origin allow-list, checked on the Socket.IO handshake itself (CORS alone does not stop a
 * WebSocket). A page may connect from the server's own origin, the public address, or an origin
 * listed in ALLOWED_ORIGINS. Programs that send no Origin (tests, the benchmark) are not pages.
 */
function originAllowed(origin: string | undefined, request: IncomingMessage, config: Config, base: string): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.host === request.headers.host) return true;
  return parsed.origin === new URL(base).origin || config.allowedOrigins.includes(parsed.origin);
}
