import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFiles } from '../src/http/clientFiles.ts';

const SCRIPT = `console.log(${JSON.stringify('roundtable '.repeat(200))});`;
let server: Server;
let base: string;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'roundtable-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Roundtable</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'app-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'app-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'small-1.css'), 'body{margin:0}');
  const app = express();
  app.use(clientFiles(dist));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Node's fetch always decompresses, so raw bytes come through node:http instead. */
async function raw(path: string, acceptEncoding: string) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the client files', () => {
  it('sends brotli to a browser that accepts it, with the script type and a long cache', async () => {
    const response = await raw('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
    expect(response.body.length).toBeLessThan(SCRIPT.length / 4);
  });

  it.each([
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('sends %s when that is what the browser accepts', async (accept, encoding) => {
    const response = await raw('/assets/app-abc123.js', accept);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
  });

  it('sends a file that has no compressed copy as it is', async () => {
    const response = await raw('/assets/small-1.css', 'br');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('body{margin:0}');
  });

  it('answers a missing asset with 404, not the app page', async () => {
    const response = await raw('/assets/app-old999.js', 'br');
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('<title>');
  });

  it('answers any other page with the app, not to be cached', async () => {
    const response = await raw('/j/sometoken123', 'br');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain('<title>Roundtable</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
