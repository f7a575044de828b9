// The tables printed at the end, the targets with PASS or FAIL, and the JSON written beside them.
import type { BenchOptions } from './options.ts';
import type { QueueResult } from './queueSummary.ts';
import type { ScenarioResult } from './summary.ts';

/** Last-recipient p99 each room size must beat, ms (from the issue). */
const LAST_RECIPIENT_P99_TARGET_MS: Record<number, number> = { 200: 15, 1000: 40 };
/** Roundtable's last-recipient p99 may be at most this many times the bare server's. */
const RATIO_TARGET = 1.3;
/** Bytes per change with a full room may differ from an empty room's by at most this fraction. */
const BYTES_TOLERANCE = 0.05;
/** Other work on the machine above this share of a core makes a latency verdict doubtful. */
const NOISY_OTHER_LOAD_PERCENT = 20;

/** A warning to put after a latency verdict measured while other work competed for the cores. */
export function noise(result: Pick<ScenarioResult, 'otherCpuPercent'> | undefined): string {
  const load = result?.otherCpuPercent ?? null;
  return load !== null && load > NOISY_OTHER_LOAD_PERCENT ? ` (noisy: other work used ${load}% of a core meanwhile; rerun when the machine is quiet)` : '';
}

export interface Check {
  target: string;
  figure: string;
  pass: boolean | null;
}

export interface Comparison {
  phones: number;
  prefill: number;
  lastP50: { ours: number | null; bare: number | null; ratio: number | null };
  lastP99: { ours: number | null; bare: number | null; ratio: number | null };
}

const fmt = (value: number | null | undefined, decimals = 1): string => (value === null || value === undefined ? '-' : value.toFixed(decimals));
const ratio = (ours: number | null, bare: number | null): number | null =>
  ours !== null && bare !== null && bare > 0 ? Math.round((ours / bare) * 100) / 100 : null;

function table(title: string, head: string[], rows: string[][]): string {
  const widths = head.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [`\n${title}`, line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Each pair's Roundtable and bare last-recipient figures side by side, measured in the same window. */
export function compare(results: ScenarioResult[]): Comparison[] {
  return results.flatMap((ours) => {
    if (ours.flavour !== 'roundtable') return [];
    const bare = results.find((result) => result.flavour === 'bare' && result.phones === ours.phones && result.prefill === ours.prefill);
    if (!bare) return [];
    const pick = (result: ScenarioResult, key: 'p50' | 'p99') => result.changes.lastRecipientMs[key];
    return [{
      phones: ours.phones,
      prefill: ours.prefill,
      lastP50: { ours: pick(ours, 'p50'), bare: pick(bare, 'p50'), ratio: ratio(pick(ours, 'p50'), pick(bare, 'p50')) },
      lastP99: { ours: pick(ours, 'p99'), bare: pick(bare, 'p99'), ratio: ratio(pick(ours, 'p99'), pick(bare, 'p99')) },
    }];
  });
}

export function checks(results: ScenarioResult[], comparisons: Comparison[], options: BenchOptions, queue: QueueResult | null): Check[] {
  const queueNotRun: Check = { target: 'turn-taking queue: every phone\'s queue equals the server\'s', figure: 'could not be measured', pass: false };
  return [
    ...(options.scenarios.includes('fanout') ? fanOutChecks(results, comparisons, options) : []),
    ...(queue ? queueChecks(queue) : options.scenarios.includes('queue') ? [queueNotRun] : []),
  ];
}

function fanOutChecks(results: ScenarioResult[], comparisons: Comparison[], options: BenchOptions): Check[] {
  const out: Check[] = [];
  for (const [phones, limit] of Object.entries(LAST_RECIPIENT_P99_TARGET_MS)) {
    const ours = results.find((result) => result.flavour === 'roundtable' && result.phones === Number(phones) && result.prefill === 0);
    const p99 = ours?.changes.lastRecipientMs.p99 ?? null;
    out.push({ target: `${phones} phones: last-recipient p99 < ${limit} ms`, figure: ours ? `${fmt(p99, 2)} ms${noise(ours)}` : 'not run', pass: ours ? p99 !== null && p99 < limit : null });
  }
  for (const comparison of comparisons.filter((c) => c.prefill === 0)) {
    const { ratio: value } = comparison.lastP99;
    const ours = results.find((result) => result.flavour === 'roundtable' && result.phones === comparison.phones && result.prefill === 0);
    out.push({
      target: `${comparison.phones} phones: last-recipient p99 ours/bare <= ${RATIO_TARGET}`,
      figure: `${fmt(value, 2)}x (p50 ${fmt(comparison.lastP50.ratio, 2)}x)${noise(ours)}`,
      pass: value !== null && value <= RATIO_TARGET,
    });
  }
  const empty = results.find((result) => result.flavour === 'roundtable' && result.phones === options.prefillSize && result.prefill === 0);
  const full = results.find((result) => result.flavour === 'roundtable' && result.phones === options.prefillSize && result.prefill > 0);
  const a = empty?.bytes.perRecipient.mean ?? null;
  const b = full?.bytes.perRecipient.mean ?? null;
  const drift = a !== null && b !== null ? Math.abs(b - a) / a : null;
  out.push({
    target: `bytes per change independent of items (within ${BYTES_TOLERANCE * 100}%)`,
    figure: drift === null ? 'not run' : `${fmt(a)} B with ${empty?.itemsBefore} items, ${fmt(b)} B with ${full?.itemsBefore} items (${fmt(drift * 100, 2)}%)`,
    pass: drift === null ? null : drift <= BYTES_TOLERANCE,
  });
  for (const result of results) {
    if (result.join.failed || result.changes.missingDeliveries || result.changes.refused) {
      out.push({
        target: `${result.label}: every phone in, every change delivered`,
        figure: `${result.join.failed} failed joins, ${result.changes.refused} refused changes, ${result.changes.missingDeliveries} missing deliveries`,
        pass: false,
      });
    }
  }
  return out;
}

function queueChecks(queue: QueueResult): Check[] {
  const { consistency, commands } = queue;
  const out: Check[] = [{
    target: `${consistency.phones} phones raising and lowering hands for ${queue.plan.durationMs / 1000} s: every phone's queue equals the server's`,
    figure: `${consistency.matching} of ${consistency.phones} (ack p99 ${fmt(queue.ackMs.p99, 2)} ms; ${queue.final.queueLength} hands up at the end)${noise(queue)}`,
    pass: consistency.matching === consistency.phones,
  }];
  if (queue.join.failed || commands.unanswered || queue.missingDeliveries || !queue.quiet.reached) {
    out.push({
      target: `${queue.label}: every phone in, every command answered, every change delivered`,
      figure: `${queue.join.failed} failed joins, ${commands.unanswered} unanswered commands, ${queue.missingDeliveries} missing deliveries` +
        `${queue.quiet.reached ? '' : `, changes still arriving ${queue.quiet.waitedMs} ms after the last command`}`,
      pass: false,
    });
  }
  return out;
}

const describeValue = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

/** The second with the slowest answer, and who had the CPU then: the server, the phones or other work. */
function slowestSecond(q: QueueResult): string[] {
  const worst = q.seriesBySecond.reduce<QueueResult['seriesBySecond'][number] | null>((a, b) => ((b.ackMaxMs ?? 0) > (a?.ackMaxMs ?? 0) ? b : a), null);
  if (!worst?.cpuMs) return [];
  const { serverMs, clientsMs, otherMs } = worst.cpuMs;
  return [`  slowest second: ${worst.second} s in, an answer took ${fmt(worst.ackMaxMs)} ms; CPU in that second: server ${serverMs} ms, phones ${clientsMs} ms, other work ${otherMs} ms`];
}

/** The queue tables, the refusals by code, and the first phone that differs from the server. */
function renderQueue(q: QueueResult): string[] {
  const refused = Object.entries(q.commands.refused).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  const sent = Object.entries(q.commands.byType).map(([type, n]) => `${type} ${n}`).join(', ');
  const difference = q.consistency.firstDifference;
  return [
    table(`Turn-taking queue: phones raise or lower a hand every ${q.plan.actEveryMs.min / 1000}-${q.plan.actEveryMs.max / 1000} s, the facilitator calls the next speaker every ~${q.plan.nextEveryMs.min / 1000}-${q.plan.nextEveryMs.max / 1000} s (acknowledgements in ms; phones' commands)`,
      ['scenario', 'phones', 'joined', 'seconds', 'commands', 'per s', 'accepted', 'refused', 'no answer', 'ack p50', 'ack p99', 'ack max', 'accepted p99',
        'facilitator p99', 'srv CPU ms/cmd', 'client CPU ms/cmd', 'other load'],
      [[q.label, String(q.plan.phones), String(q.join.joined), fmt(q.activeSeconds), String(q.commands.sent), fmt(q.commands.perSecond), String(q.commands.accepted),
        String(q.commands.sent - q.commands.accepted - q.commands.unanswered), String(q.commands.unanswered), fmt(q.ackMs.p50, 2), fmt(q.ackMs.p99, 2), fmt(q.ackMs.max, 2),
        fmt(q.ackAcceptedMs.p99, 2), fmt(q.facilitatorAckMs.p99, 2), fmt(q.server.cpuMsPerCommand, 2), fmt(q.clientCpuMsPerCommand, 2), `${fmt(q.otherCpuPercent, 0)}%`]]),
    table('Turn-taking queue: each accepted command to its change at every other phone (ms), and every phone against the server at the end',
      ['scenario', 'changes', 'all p50', 'all p99', 'all max', 'last p50', 'last p99', 'last max', 'missing', 'version', 'hands up', 'phones equal'],
      [[q.label, String(q.commands.accepted), fmt(q.changeMs.p50, 2), fmt(q.changeMs.p99, 2), fmt(q.changeMs.max, 2), fmt(q.lastRecipientMs.p50, 2),
        fmt(q.lastRecipientMs.p99, 2), fmt(q.lastRecipientMs.max, 2), String(q.missingDeliveries), String(q.final.version), String(q.final.queueLength),
        `${q.consistency.matching}/${q.consistency.phones}`]]),
    `  sent: ${sent}; refused by code: ${refused}; quiet ${q.quiet.waitedMs} ms after the last answer`,
    ...slowestSecond(q),
    ...(difference
      ? [`  first difference: phone ${difference.client} at "${difference.path || '(the whole queue)'}": phone has ${describeValue(difference.phone)}, server has ${describeValue(difference.server)}`]
      : []),
  ];
}

export function render(results: ScenarioResult[], comparisons: Comparison[], checkList: Check[], queue: QueueResult | null): string {
  const joinRows = results.map((r) => [
    r.label, String(r.phones), String(r.join.joined), String(r.join.failed),
    fmt(r.join.perPhoneMs.p50), fmt(r.join.perPhoneMs.p99), fmt(r.join.perPhoneMs.max), fmt(r.join.totalMs),
    fmt(r.server.cpuMsPerConnection, 2), fmt(r.server.rssKbPerConnection), fmt(r.server.rssKbPerConnectionAtEnd),
  ]);
  const changeRows = results.map((r) => [
    r.label, String(r.itemsBefore), String(r.changes.sent - r.changes.refused),
    fmt(r.changes.firstRecipientMs.p50, 2), fmt(r.changes.latencyMs.p50, 2), fmt(r.changes.latencyMs.p99, 2),
    fmt(r.changes.lastRecipientMs.p50, 2), fmt(r.changes.lastRecipientMs.p99, 2), fmt(r.changes.lastRecipientMs.max, 2),
    fmt(r.changes.ackMs.p50, 2), fmt(r.changes.ackMs.p99, 2), String(r.changes.missingDeliveries),
    fmt(r.bytes.perRecipient.mean), fmt(r.bytes.serverOutPerChange, 0), fmt(r.server.cpuMsPerChange, 2), fmt(r.clientCpuMsPerChange, 2),
    `${fmt(r.otherCpuPercent, 0)}%`,
  ]);
  const ratioRows = comparisons.map((c) => [
    `${c.phones}${c.prefill ? ` +${c.prefill} items` : ''}`, fmt(c.lastP50.ours, 2), fmt(c.lastP50.bare, 2), `${fmt(c.lastP50.ratio, 2)}x`,
    fmt(c.lastP99.ours, 2), fmt(c.lastP99.bare, 2), `${fmt(c.lastP99.ratio, 2)}x`,
  ]);
  const verdict = (pass: boolean | null): string => (pass === null ? 'N/A ' : pass ? 'PASS' : 'FAIL');
  const fanOut = results.length === 0 ? [] : [
    table('Joining: every phone connects at once (ms from connect call to catch-up answer)',
      ['scenario', 'phones', 'joined', 'failed', 'p50', 'p99', 'max', 'total', 'srv CPU ms/conn', 'srv RSS kB/conn', 'at end'], joinRows),
    table('Changes: send to arrival at every other phone (ms); bytes are WebSocket frames',
      ['scenario', 'items', 'changes', 'first p50', 'all p50', 'all p99', 'last p50', 'last p99', 'last max', 'ack p50', 'ack p99', 'missing',
        'B/recipient', 'srv out B/change', 'srv CPU ms/change', 'client CPU ms/change', 'other load'], changeRows),
    table('Roundtable against bare Socket.IO: last recipient per change (ms)',
      ['phones', 'p50 ours', 'p50 bare', 'p50 ratio', 'p99 ours', 'p99 bare', 'p99 ratio'], ratioRows),
  ];
  return [
    ...fanOut,
    ...(queue ? renderQueue(queue) : []),
    '\nTargets',
    ...checkList.map((check) => `  ${verdict(check.pass)}  ${check.target}: ${check.figure}`),
  ].join('\n');
}
