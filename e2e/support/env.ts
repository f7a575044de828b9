import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory the runner was started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Port the end-to-end server listens on. Fixed so a stray server is an error rather than a silent
 * reuse; set E2E_PORT to move it.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/** Address of the end-to-end server; also Playwright's `baseURL`, so specs can `page.goto('/')`. */
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The system Chromium (Debian package). When missing, Playwright's own build is used instead. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const HAS_SYSTEM_CHROMIUM = existsSync(SYSTEM_CHROMIUM);

/** Flags that keep Chromium quiet and offline in a container; no-sandbox because CI runs as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
