import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const REPO_ROOT = fileURLToPath(new URL('.', import.meta.url));
const CLIENT_ROOT = fileURLToPath(new URL('./client', import.meta.url));

/** Where `vite dev` forwards socket and HTTP calls; `npm run serve` listens here by default. */
const DEV_API_TARGET = process.env.ROUNDTABLE_API ?? 'http://127.0.0.1:3000';

// Integration tests start real servers, so the default 5 s is too tight on a 2-core machine.
const TEST_TIMEOUT_MS = 20_000;

const TEST_EXCLUDE = ['**/node_modules/**', '**/dist/**', 'e2e/**'];

/** Files smaller than this are sent as they are: compressing them saves almost nothing. */
const COMPRESS_ABOVE_BYTES = 1024;

/**
 * Writes a brotli and a gzip copy of every built script and stylesheet, once, at build time, so
 * the server sends phones the smallest file without compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'roundtable:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(fileName)) continue;
        const path = join(options.dir ?? '', fileName);
        const content = readFileSync(path);
        if (content.length < COMPRESS_ABOVE_BYTES) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: CLIENT_ROOT,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/socket.io': { target: DEV_API_TARGET, ws: true },
      '/healthz': DEV_API_TARGET,
      '/api': DEV_API_TARGET,
    },
  },
  test: {
    // `test.root` overrides the Vite root above, so test paths are relative to the repo.
    root: REPO_ROOT,
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts'],
          exclude: TEST_EXCLUDE,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.{ts,tsx}'],
          exclude: TEST_EXCLUDE,
        },
      },
    ],
  },
});
