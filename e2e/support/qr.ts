import type { Locator } from '@playwright/test';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with an ES-style `default`; under Node's ESM interop the import is the
// module object, so take the function from it explicitly.
const jsQR = jsQRModule.default;

/**
 * Reads the QR code shown in an element the way a phone camera would: from its pixels, not its
 * markup. Returns the encoded text; throws when no code can be found.
 */
export async function decodeQr(locator: Locator): Promise<string> {
  await locator.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }));
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength);
  const code = jsQR(pixels, png.width, png.height, { inversionAttempts: 'attemptBoth' });
  if (code === null || code.data === '') {
    throw new Error(`No QR code could be read from ${String(locator)} (${png.width}x${png.height} px).`);
  }
  return code.data;
}
