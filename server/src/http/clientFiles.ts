import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/** Built files have a content hash in their names, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built client. Files under /assets are sent pre-compressed (brotli or gzip, made at
 * build time) when the browser accepts it: a phone on venue wi-fi downloads about a quarter of
 * the bytes. A missing asset is a 404, never the app's page, so a stale tab after an update fails
 * clearly instead of running HTML as a script. Every other path is the single-page app.
 */
export function clientFiles(distDir: string): Router {
  const router = express.Router();
  const assetsDir = join(distDir, 'assets');
  const assets = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);

  router.get('/assets/:file', (request: Request, response: Response) => {
    const file = String(request.params.file);
    if (!assets.has(file)) return void response.status(404).type('text').send('Not found.');
    // Brotli first whatever order the browser lists them in: it is the smaller of the two.
    const encoding = ENCODINGS.find((candidate) => request.acceptsEncodings(candidate.name) === candidate.name && assets.has(file + candidate.suffix));
    response.type(extname(file));
    response.setHeader('Cache-Control', IMMUTABLE);
    response.setHeader('Vary', 'Accept-Encoding');
    if (encoding) response.setHeader('Content-Encoding', encoding.name);
    response.sendFile(file + (encoding?.suffix ?? ''), { root: assetsDir });
  });
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get('/{*page}', (_request: Request, response: Response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile('index.html', { root: distDir });
  });
  return router;
}
