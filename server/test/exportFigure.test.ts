import { buildReport } from '@roundtable/shared';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { Workshop } from '../../shared/src/report/workshopRoom.ts';
import { renderPdf } from '../src/export/pdf.ts';

/** A room whose influence map has `count` stakeholders with long names, all in the corner that needs most work. */
function crowdedMap(count: number) {
  const room = new Workshop();
  for (let index = 0; index < count; index++) {
    const stakeholderId = room.run('facilitator', 'stakeholders.add', { name: `People who rely on the number ${index + 1} bus to reach work, school and the doctor`, why: null, brings: null });
    room.run('facilitator', 'stakeholders.place', { stakeholderId, quadrant: 'littleInfluenceMuchAffected' });
  }
  return buildReport(room.state, { includeNames: false, now: room.now });
}

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('the influence map in the PDF', () => {
  it('keeps the whole picture, its caption and key on one page, even when one corner is full', async () => {
    const pages = await pagesOf(await renderPdf(crowdedMap(100)));
    const onPage = pages.filter((page) => page.includes('Much influence over the work'));
    expect(onPage).toHaveLength(1);
    const page = onPage[0]!;
    for (const words of ['The influence map: how much say', 'Much affected, little influence', 'Little influence', 'Much affected by it', 'A ring: not yet involved']) {
      expect(page).toContain(words);
    }
    // Those that did not fit are counted, and every one of them is in the list above.
    expect(page).toMatch(/and \d+ more, in the list above/);
    expect(pages.join(' ')).toContain('People who rely on the number 100 bus');
  });

  it('draws every stakeholder when they fit', async () => {
    const pages = await pagesOf(await renderPdf(crowdedMap(12)));
    const page = pages.find((found) => found.includes('Much influence over the work'))!;
    for (let index = 1; index <= 12; index++) expect(page).toContain(`number ${index} bus`);
    expect(page).not.toContain('more, in the list above');
    expect(page).toContain('Nobody');
  });
});
