// The one gate (STYLE.md pattern 12): typecheck, lint, unit and integration tests, then end-to-end
// tests against a fresh build. Every suite runs even after an earlier one fails, so a single run
// shows everything that is wrong. The last line is always `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(REPO_ROOT, 'test-results');
const VITEST_REPORT = join(RESULTS_DIR, 'vitest.json');
const PLAYWRIGHT_REPORT = join(RESULTS_DIR, 'e2e.json');

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  note: string;
}

interface StepRun {
  ok: boolean;
  seconds: number;
}

// Children must find the project's Node 24 and tools even when this file is started without npm.
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: [join(REPO_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
};

function header(title: string): void {
  console.log(`\n${'='.repeat(72)}\n== ${title}\n${'='.repeat(72)}`);
}

function run(command: string, args: string[]): Promise<StepRun> {
  const started = performance.now();
  console.log(`$ ${[command, ...args].join(' ')}`);
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: childEnv, stdio: 'inherit' });
    const finish = (ok: boolean): void => done({ ok, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function numberAt(source: unknown, key: string): number {
  if (typeof source !== 'object' || source === null) return 0;
  const value = (source as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
}

/** A step with no report of its own (typecheck, lint) counts as one test. */
async function singleCheck(name: string, command: string, args: string[]): Promise<SuiteResult> {
  header(name);
  const { ok, seconds } = await run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds, note: '' };
}

/**
 * Turns a report's counts into a result. A failing exit with no failed test in the report (a file
 * that would not load, a server that would not start) and a suite that ran nothing both count as
 * one failure, so neither can pass silently.
 */
function fromCounts(name: string, step: StepRun, passed: number, failed: number): SuiteResult {
  const result = { name, passed, failed, seconds: step.seconds, note: '' };
  if (!step.ok && failed === 0) {
    result.failed = 1;
    result.note = 'exited with an error outside any test; counted as 1 failed';
  } else if (passed + failed === 0) {
    result.failed = 1;
    result.note = 'ran no tests; counted as 1 failed';
  }
  return result;
}

async function vitestSuite(): Promise<SuiteResult> {
  const name = 'unit + integration (vitest)';
  header(name);
  const step = await run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${relative(REPO_ROOT, VITEST_REPORT)}`,
  ]);
  const report = readJson(VITEST_REPORT);
  if (report === undefined) {
    return { name, passed: 0, failed: 1, seconds: step.seconds, note: 'no report written; counted as 1 failed' };
  }
  // A test file that fails to import has no tests in it, so count each such file once.
  const files = (report as { testResults?: unknown }).testResults;
  const brokenFiles = Array.isArray(files)
    ? files.filter((file: { status?: unknown; assertionResults?: unknown }) =>
        file.status === 'failed' && (!Array.isArray(file.assertionResults) || file.assertionResults.length === 0),
      ).length
    : 0;
  return fromCounts(name, step, numberAt(report, 'numPassedTests'), numberAt(report, 'numFailedTests') + brokenFiles);
}

async function playwrightSuite(): Promise<SuiteResult> {
  const name = 'end-to-end (playwright)';
  header(`${name}: build the client`);
  const build = await run('npx', ['vite', 'build']);
  if (!build.ok) {
    return { name, passed: 0, failed: 1, seconds: build.seconds, note: 'client build failed; specs not run' };
  }
  header(name);
  const step = await run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
  step.seconds += build.seconds;
  const stats = (readJson(PLAYWRIGHT_REPORT) as { stats?: unknown } | undefined)?.stats;
  if (stats === undefined) {
    return { name, passed: 0, failed: 1, seconds: step.seconds, note: 'no report written; counted as 1 failed' };
  }
  const failed = numberAt(stats, 'unexpected') + numberAt(stats, 'flaky');
  return fromCounts(name, step, numberAt(stats, 'expected'), failed);
}

function printSummary(results: SuiteResult[]): void {
  header('Summary');
  const width = Math.max(...results.map((result) => result.name.length));
  for (const result of results) {
    const mark = result.failed > 0 ? 'FAIL' : 'ok  ';
    const counts = `${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed`;
    const note = result.note === '' ? '' : `  (${result.note})`;
    console.log(`${mark} ${result.name.padEnd(width)}  ${counts}  ${result.seconds.toFixed(1).padStart(6)} s${note}`);
  }
}

async function main(): Promise<number> {
  for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(report, { force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  const results: SuiteResult[] = [];
  results.push(await singleCheck('typecheck', 'npm', ['run', '--silent', 'typecheck']));
  results.push(await singleCheck('lint', 'npx', ['eslint', '.']));
  results.push(await vitestSuite());
  results.push(await playwrightSuite());

  printSummary(results);
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

process.exitCode = await main();
