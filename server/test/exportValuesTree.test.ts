import { buildReport, type Report } from '@roundtable/shared';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { valuesTreeRoom } from '../../shared/src/report/valuesTreeRoom.ts';
import { csvFiles } from '../src/export/csv.ts';
import { renderDocx } from '../src/export/docx.ts';
import { renderMarkdown } from '../src/export/markdown.ts';
import { renderPdf } from '../src/export/pdf.ts';

const NOW = Date.UTC(2026, 2, 14, 15, 0);
const FORMULAS = ['=HYPERLINK("http://x")', '+1 for buses', '-2 fares', '@SUM(A1)'];
const report = (values?: string[]): Report => buildReport(valuesTreeRoom('done', values), { includeNames: false, now: NOW });
/** Words from every part of the tree: a value, a theme with its votes, a shared value, the roots. */
const TREE_WORDS = ['Values tree', 'Kindness at the bus stop', 'Fair fares', 'Care: 2 values, 3 votes', 'We are kind and honest with each other', 'from Care and Truth'];

async function pdfPages(data: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(data)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('the values tree in each export', () => {
  it('draws the tree in the PDF on one page with its caption, tagged as a figure read in words', async () => {
    const data = await renderPdf(report());
    const pages = await pdfPages(data);
    for (const words of TREE_WORDS) expect(pages.join(' ')).toContain(words);
    const drawn = pages.filter((page) => page.includes('Shared values (the leaves)'));
    expect(drawn).toHaveLength(1);
    for (const words of ['Our values tree', 'Themes (the branches)', 'Truth: 1 value, 3 votes', 'The roots: 4 values written, 1 in no theme']) expect(drawn[0]).toContain(words);
    const raw = data.toString('latin1');
    expect(raw).toMatch(/\/S \/Figure/);
    // The alternate text has curly quotes, so it is written as UTF-16 with a byte order mark.
    const utf16 = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('latin1');
    expect(raw).toContain(`/Alt (\xFE\xFF${utf16('A tree. At its roots, 4 values people wrote')}`);
  });

  it('keeps a crowded tree on one page, counting what does not fit', async () => {
    const values = Array.from({ length: 20 }, (_, index) => `Value ${index + 1}`);
    const room = valuesTreeRoom('done', values);
    const pages = await pdfPages(await renderPdf(buildReport(crowded(room), { includeNames: false, now: NOW })));
    expect(pages.filter((page) => page.includes('Shared values (the leaves)'))).toHaveLength(1);
    expect(pages.join(' ')).toMatch(/and \d+ more, in the list above/);
  });

  it('gives Word the tree as lists and the picture in words', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(report())));
    const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const words of [...TREE_WORDS, 'The leaves, our shared values:', 'The trunk, our themes:', 'The picture in words: A tree.']) expect(text).toContain(words);
  });

  it('gives Markdown the tree as lists and the picture in words', () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain('## Values tree');
    expect(markdown).toContain('- We are kind and honest with each other (from Care and Truth)');
    expect(markdown).toContain('- Care: 2 values, 3 votes');
    expect(markdown).toContain('The roots: 4 values written, 1 in no theme.');
    expect(markdown).toContain('The picture in words: A tree. At its roots, 4 values people wrote');
  });

  it('puts every value in values.csv with its theme, with formulas made harmless', () => {
    const csv = csvFiles(report(FORMULAS))['values.csv']!;
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual(['"Value","Theme"', '"\'=HYPERLINK(""http://x"")","Care"', '"\'@SUM(A1)","Care"', '"\'+1 for buses","Truth"', '"\'-2 fares","Not in a theme"']);
  });
});

/** The room with twenty more themes and shared values of long words, more than one page can draw. */
function crowded(room: ReturnType<typeof valuesTreeRoom>): ReturnType<typeof valuesTreeRoom> {
  const themes = { ...room.valuesTree.themes };
  const leaves = { ...room.valuesTree.leaves };
  for (let index = 0; index < 20; index++) {
    const id = `theme-more-${String(index).padStart(2, '0')}`;
    themes[id] = { id, name: `A theme about getting to the clinic on time number ${index}`, sortKey: `b${String(index).padStart(2, '0')}`, createdAt: NOW };
    leaves[`leaf-more-${index}`] = { id: `leaf-more-${index}`, text: `We make sure everyone can reach the meeting, whatever their bus route, number ${index}`, themeIds: [id], sortKey: `b${String(index).padStart(2, '0')}`, createdAt: NOW };
  }
  return { ...room, valuesTree: { ...room.valuesTree, themes, leaves } };
}
