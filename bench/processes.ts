// The processes the bench starts (the server under test, the bare baseline) and what the kernel
// says about them: CPU time from /proc/PID/stat, resident memory from /proc/PID/status.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { sleep } from './clock.ts';

/** How long a started server may take to answer its health check. */
const READY_TIMEOUT_MS = 20_000;
/** How long a server may take to stop after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 5_000;

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcessSample {
  /** User plus system CPU time since the process started, in milliseconds. */
  cpuMs: number;
  /** Resident set size, in kilobytes. */
  rssKb: number;
}

/** CPU time and resident memory of a running process. */
export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15
  const rss = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_SECOND, rssKb: Number(rss?.[1] ?? NaN) };
}

/**
 * CPU time the whole machine spent busy (all cores, all processes), in milliseconds. Set against
 * the bench's own processes, it shows how much else was running while a phase was measured.
 */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user = 0, nice = 0, system = 0, _idle, _iowait, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * Waits, at most `maxWaitMs`, for a `windowMs` window in which the machine's busy CPU time stays
 * under `thresholdPercent` of one core. Called while the bench itself is idle, so what it sees is
 * other work on the machine. Returns that work's load in the last window, in percent of one core.
 */
export async function waitForQuiet(thresholdPercent: number, windowMs: number, maxWaitMs: number): Promise<{ waitedMs: number; loadPercent: number }> {
  const startedAt = Date.now();
  for (;;) {
    const before = machineBusyMs();
    await sleep(windowMs);
    const loadPercent = Math.round(((machineBusyMs() - before) * 100) / windowMs);
    const waitedMs = Date.now() - startedAt;
    if (loadPercent < thresholdPercent || waitedMs >= maxWaitMs) return { waitedMs, loadPercent };
  }
}

/**
 * How many files (sockets included) a process may open. Node raises its soft limit to the hard
 * limit at start-up, so the hard limit is what a server or worker gets.
 */
export function openFilesLimit(): number | null {
  try {
    const line = /^Max open files\s+(\S+)\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    const hard = line?.[2];
    return hard === undefined || hard === 'unlimited' ? null : Number(hard);
  } catch {
    return null;
  }
}

/** A port nobody listens on now (the kernel's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningChild {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `node [nodeArgs] script` with the given environment on a free loopback port and waits until
 * `/healthz` answers. Its output is passed through, marked with `label`.
 */
export async function startChild(label: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningChild> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text: string) => {
      // The server's start-up banner is noise here; its warnings and errors are not.
      if (stream === child.stderr) process.stderr.write(text.replace(/^(?=.)/gm, `  [${label}] `));
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode} before it was ready.`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${label} did not become ready on ${url}.`);
    await sleep(50);
  }
  return { url, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

const liveChildren = new Set<ChildProcess>();

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Kills every child still running: the bench must never leave a server behind. */
export function killAllChildren(): void {
  for (const child of liveChildren) child.kill('SIGKILL');
}
