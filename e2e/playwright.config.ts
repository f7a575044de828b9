import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, E2E_PORT, HAS_SYSTEM_CHROMIUM, REPO_ROOT, SYSTEM_CHROMIUM } from './support/env.ts';

// Playwright loads this file in the runner and again in every worker. Workers inherit the runner's
// environment, so the data directory is made once and the runner alone removes it on exit.
if (process.env.E2E_DATA_DIR === undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'));
  process.env.E2E_DATA_DIR = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
const DATA_DIR = process.env.E2E_DATA_DIR;

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Artifacts go in their own folder: Playwright empties outputDir, and test-results/ also holds
  // the Vitest report.
  outputDir: join(REPO_ROOT, 'test-results', 'e2e-artifacts'),
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  // Two cores: each spec already drives several browser contexts (laptop, projector, phones).
  workers: isCI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(REPO_ROOT, 'test-results', 'e2e.json') }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: HAS_SYSTEM_CHROMIUM
          ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
          : { args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The runner's own Node (24, via npx) rather than whatever `node` is first on a shell's PATH.
    command: `"${process.execPath}" server/src/main.ts`,
    cwd: REPO_ROOT,
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      DATA_DIR,
      PUBLIC_URL: BASE_URL,
    },
  },
});
