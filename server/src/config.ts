import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

/** Everything the server reads from its environment, with the defaults a laptop needs. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The address put in links and QR codes, without a trailing slash; null to use the LAN address. */
  publicUrl: string | null;
  /** Extra origins whose pages may connect, besides the server's own. */
  allowedOrigins: string[];
  /** Trust `X-Forwarded-For` from a reverse proxy when counting join-code attempts. */
  trustProxy: boolean;
  /** How long a phone may be away before its raised hand is lowered for it, in milliseconds. */
  handGraceMs: number;
  /** Where the Redis shared by several processes is; null for one process with SQLite. */
  redisUrl: string | null;
}

/** Long enough for a phone to lose its signal, be restarted, or walk out to take a call. */
const DEFAULT_HAND_GRACE_MS = 5 * 60_000;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const handGraceMs = Number(env.HAND_GRACE_MS ?? DEFAULT_HAND_GRACE_MS);
  if (!Number.isInteger(handGraceMs) || handGraceMs < 0) {
    throw new Error(`HAND_GRACE_MS must be a whole number of milliseconds, not "${env.HAND_GRACE_MS}".`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    publicUrl: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map((origin) => new URL(origin).origin),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    handGraceMs,
    redisUrl: env.REDIS_URL ? env.REDIS_URL : null,
  };
}

/** The first private IPv4 address of this machine: what phones on the same network can reach. */
export function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

/** The base of every link the server hands out. */
export function publicBase(config: Config, port: number): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host === '0.0.0.0' || config.host === '::' ? (lanAddress() ?? 'localhost') : config.host;
  return `http://${host}:${port}`;
}
