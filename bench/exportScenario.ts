// The export scenario: a room of 200 people and 1,000 things made, saved in every format. It times
// the server's own rendering (in this process, from the same state) and the whole HTTP round trip
// against the real server, which is what the facilitator waits for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roomFile, type CreateRoomResponse } from '@roundtable/shared';
import { EXPORT_FORMATS, exportRoom, type ExportFormat } from '../server/src/export/formats.ts';
import { workshopRoom } from '../shared/src/report/workshopRoom.ts';
import { now } from './clock.ts';
import { startChild, type RunningChild } from './processes.ts';
import type { Check } from './report.ts';
import { SERVER_SCRIPT } from './scenario.ts';

export const EXPORT_PARTICIPANTS = 200;
export const EXPORT_ITEMS = 1000;
/** Every format is made this many times, after one unmeasured warm-up. */
const EXPORT_REPEATS = 5;
/** What the facilitator should wait at most for any format. */
export const EXPORT_TARGET_MS = 2000;

export interface FormatTiming {
  format: ExportFormat;
  bytes: number;
  renderMs: { median: number; max: number };
  httpMs: { median: number; max: number };
}

export interface ExportResult {
  participants: number;
  items: number;
  roomBuildMs: number;
  formats: FormatTiming[];
}

function spread(samples: number[]): { median: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { median: round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: round(sorted.at(-1) ?? 0) };
}

async function timed(repeats: number, run: () => Promise<number>): Promise<{ samples: number[]; bytes: number }> {
  let bytes = await run();
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = now();
    bytes = await run();
    samples.push(now() - start);
  }
  return { samples, bytes };
}

export async function runExport(): Promise<ExportResult> {
  const buildStart = now();
  const state = workshopRoom({ participants: EXPORT_PARTICIPANTS, items: EXPORT_ITEMS });
  const roomBuildMs = Math.round(now() - buildStart);
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  let server: RunningChild | null = null;
  try {
    server = await startChild('server', SERVER_SCRIPT, { DATA_DIR: dataDir });
    const url = server.url;
    const imported = await fetch(`${url}/api/rooms/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(roomFile(state, Date.now())),
    });
    if (imported.status !== 201) throw new Error(`Could not bring the room in: HTTP ${imported.status}`);
    const room = (await imported.json()) as CreateRoomResponse;
    const formats: FormatTiming[] = [];
    for (const format of EXPORT_FORMATS) {
      const render = await timed(EXPORT_REPEATS, async () => {
        const file = await exportRoom(state, format, { includeNames: false, now: Date.now() });
        return file.body.length;
      });
      const http = await timed(EXPORT_REPEATS, async () => {
        const response = await fetch(`${url}/api/rooms/${room.roomId}/export?format=${format}`, { headers: { authorization: `Bearer ${room.facilitatorKey}` } });
        if (response.status !== 200) throw new Error(`The ${format} export answered HTTP ${response.status}`);
        return (await response.arrayBuffer()).byteLength;
      });
      formats.push({ format, bytes: http.bytes, renderMs: spread(render.samples), httpMs: spread(http.samples) });
      console.log(`  ${format}: render median ${spread(render.samples).median} ms; HTTP median ${spread(http.samples).median} ms, max ${spread(http.samples).max} ms; ${http.bytes} bytes`);
    }
    return { participants: EXPORT_PARTICIPANTS, items: EXPORT_ITEMS, roomBuildMs, formats };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PASS or FAIL per format: the slowest HTTP round trip under the target. */
export function exportChecks(result: ExportResult): Check[] {
  return result.formats.map((timing) => ({
    target: `export ${timing.format}: ${result.participants} people, ${result.items} items, under ${EXPORT_TARGET_MS} ms`,
    figure: `HTTP max ${timing.httpMs.max} ms (render median ${timing.renderMs.median} ms)`,
    pass: timing.httpMs.max < EXPORT_TARGET_MS,
  }));
}
