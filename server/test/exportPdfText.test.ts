import { buildReport, createRoomState } from '@roundtable/shared';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/export/pdf.ts';
import { pdfSafeText } from '../src/export/pdfText.ts';

describe('the PDF’s text', () => {
  it('keeps accents, quotes and dashes, and shows a ? for characters the built-in font cannot draw', () => {
    expect(pdfSafeText('Café “menu” – 5 €')).toBe('Café “menu” – 5 €');
    expect(pdfSafeText('Thanks 😀 谢谢')).toBe('Thanks ? ??');
    expect(pdfSafeText('cafe\u0301\tnext')).toBe('café next');
  });

  it('makes a readable PDF from a title with emoji and other scripts, rather than failing', async () => {
    const state = createRoomState('room-emoji', 'Our café 😀 مرحبا', Date.UTC(2026, 0, 5));
    const pdf = await getDocumentProxy(new Uint8Array(await renderPdf(buildReport(state, { includeNames: false, now: Date.UTC(2026, 0, 5) }))));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Our café ? ?????');
    expect(text).toContain('About this meeting');
  });
});
