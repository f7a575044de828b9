import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long redis-server may take to say it accepts connections. */
const START_TIMEOUT_MS = 10_000;

/** Where redis-server is, or null when it is not installed. */
export function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

/**
 * Whether the Redis tests run here. On a machine without redis-server they are skipped, saying
 * why; in CI (`CI` set) they always run, so a missing redis-server fails them instead.
 */
export function redisTestsRun(): boolean {
  if (findRedisServer() !== null || process.env.CI) return true;
  console.warn('Skipping the Redis tests: redis-server is not installed (on Debian: apt-get install redis-server). CI installs it and runs them.');
  return false;
}

/** A port nobody listens on now, on the loopback interface. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port was given.');
  return address.port;
}

/** When Redis flushes its append-only file to disk: on every write, or once a second. */
export type AppendFsync = 'always' | 'everysec';

/**
 * A private redis-server on a free loopback port, with its data in a fresh temporary directory.
 * It is configured as the README says for production: append-only file, fsync on every write
 * (unless told otherwise), so stopping it with SIGKILL loses nothing it acknowledged, and a
 * restart on the same directory brings everything back.
 */
export class TestRedis {
  readonly port: number;
  readonly dir: string;
  private readonly appendFsync: AppendFsync;
  private child: ChildProcess | null = null;

  private constructor(port: number, dir: string, appendFsync: AppendFsync) {
    this.port = port;
    this.dir = dir;
    this.appendFsync = appendFsync;
  }

  static async start(appendFsync: AppendFsync = 'always'): Promise<TestRedis> {
    const redis = new TestRedis(await freePort(), mkdtempSync(join(tmpdir(), 'roundtable-redis-')), appendFsync);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server again on the same port and directory, after {@link kill}. */
  async restart(): Promise<void> {
    const binary = findRedisServer();
    if (!binary) throw new Error('redis-server is not installed, and CI is set, so the Redis tests must run. Install it (apt-get install redis-server).');
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', this.appendFsync];
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server stopped while starting (${code}):\n${output}`));
      });
    });
  }

  /** Stops redis-server at once, as a crash would. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Stops redis-server and removes its data. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
