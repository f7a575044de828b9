// Turns the agreements run's raw records into the figures the report shows, and the report's lines.
import type { ActRecord, ViewComparison } from './agreementsPool.ts';
import type { Check } from './report.ts';
import { round, roundSpread, spread, type Spread } from './stats.ts';
import type { ScenarioResult } from './summary.ts';

/** A change about one answer or mark carries counts, not the room: it must stay under this. */
const SMALL_CHANGE_BYTES = 1024;

export interface AgreementsPlan {
  phones: number;
  /** Every phone acts at random moments within this window, ms. */
  windowMs: number;
  seed: number;
  workers: number;
}

/** What one phase (the consent round, or the check-in) measured. */
export interface PhaseResult {
  label: string;
  commands: { sent: number; accepted: number; refused: Record<string, number>; unanswered: number };
  /** A phone's command, send to acknowledgement, ms. */
  ackMs: Spread;
  /** A phone's accepted command, send to the screen holding the counts it changed, ms. */
  screenMs: Spread;
  /** Size of the WebSocket frame each other phone received per accepted command, bytes. */
  bytesPerChange: Spread & { min: number | null };
  /** Frames at a phone that held another person's answer or mark: there must be none. */
  othersAnswers: number;
  /** Every device's view of the records (rounds, check-ins) against the server's, after the phase closed. */
  consistency: ViewComparison;
  /** Phones still behind the phase's last version when the wait ran out. */
  behind: number;
  server: { cpuMsPerCommand: number | null };
}

export interface AgreementsResult {
  label: string;
  plan: AgreementsPlan;
  join: ScenarioResult['join'];
  round: PhaseResult;
  checkIn: PhaseResult;
  /** The round's record as the server keeps it, and the check-in's totals, for a reader to check. */
  record: { counts: Record<string, number>; checkInDone: number; talk: Record<string, number> };
}

export interface PhaseRaw {
  label: string;
  sends: ActRecord[];
  screenArrivals: Map<number, number>;
  bytes: number[];
  othersAnswers: number;
  consistency: ViewComparison;
  behind: number;
  serverCpuMs: number;
}

export function summarisePhase(raw: PhaseRaw): PhaseResult {
  const accepted = raw.sends.filter((send) => send.ok && send.version !== null);
  const refused: Record<string, number> = {};
  for (const send of raw.sends) if (!send.ok && send.code) refused[send.code] = (refused[send.code] ?? 0) + 1;
  const acks = raw.sends.flatMap((send) => (send.ackedAt === null ? [] : [send.ackedAt - send.sentAt]));
  const toScreen = accepted.flatMap((send) => {
    const arrivedAt = raw.screenArrivals.get(send.version!);
    return arrivedAt === undefined ? [] : [arrivedAt - send.sentAt];
  });
  const bytes = spread(raw.bytes);
  return {
    label: raw.label,
    commands: { sent: raw.sends.length, accepted: accepted.length, refused, unanswered: raw.sends.filter((send) => send.ackedAt === null).length },
    ackMs: roundSpread(spread(acks)),
    screenMs: roundSpread(spread(toScreen)),
    bytesPerChange: { ...bytes, min: raw.bytes.length ? Math.min(...raw.bytes) : null },
    othersAnswers: raw.othersAnswers,
    consistency: raw.consistency,
    behind: raw.behind,
    server: { cpuMsPerCommand: accepted.length ? round(raw.serverCpuMs / accepted.length, 3) : null },
  };
}

const ms = (value: number | null): string => (value === null ? '–' : `${value} ms`);

function phaseLines(phase: PhaseResult): string[] {
  const { commands, ackMs, screenMs, bytesPerChange: bytes, consistency } = phase;
  const refused = Object.entries(commands.refused).map(([code, count]) => `${count} ${code}`).join(', ') || 'none';
  const difference = consistency.firstDifference ? ` (first difference: device ${consistency.firstDifference.client} at ${consistency.firstDifference.path})` : '';
  return [
    `  ${phase.label}: ${commands.accepted} of ${commands.sent} accepted (refused: ${refused}; unanswered: ${commands.unanswered})`,
    `    acknowledgement p50 ${ms(ackMs.p50)}, p99 ${ms(ackMs.p99)}, max ${ms(ackMs.max)}`,
    `    answer to the screen's counts p50 ${ms(screenMs.p50)}, p99 ${ms(screenMs.p99)}, max ${ms(screenMs.max)} (${screenMs.count} changes)`,
    `    bytes per change at each other phone: min ${bytes.min ?? '–'}, p50 ${bytes.p50 ?? '–'}, max ${bytes.max ?? '–'} (${bytes.count} frames; ${phase.othersAnswers} held someone else's answer)`,
    `    ${consistency.matching} of ${consistency.compared} devices hold the server's records${difference}; server CPU ${phase.server.cpuMsPerCommand ?? '–'} ms per command`,
  ];
}

export function renderAgreements(result: AgreementsResult): string {
  const { join, record } = result;
  return [
    `Agreements: ${result.plan.phones} phones answer one consent round, then mark ${Object.keys(record.talk).length} agreements at a check-in, each within ${result.plan.windowMs / 1000} s.`,
    `  joined ${join.joined}/${result.plan.phones} in ${ms(join.totalMs)}`,
    ...phaseLines(result.round),
    ...phaseLines(result.checkIn),
    `  the round's record: ${JSON.stringify(record.counts)}; check-in: ${record.checkInDone} people marked everything, wanting to talk: ${JSON.stringify(Object.values(record.talk))}`,
  ].join('\n');
}

/** The agreements run's targets: every device ends with the server's records; an answer's change stays small. */
export function agreementsChecks(result: AgreementsResult): Check[] {
  return [result.round, result.checkIn].flatMap((phase) => [
    {
      target: `agreements, ${phase.label}: every device's records equal the server's`,
      figure: `${phase.consistency.matching} of ${phase.consistency.compared}`,
      pass: phase.consistency.compared > 0 && phase.consistency.matching === phase.consistency.compared,
    },
    {
      target: `agreements, ${phase.label}: every command answered; other phones get only counts, under ${SMALL_CHANGE_BYTES} bytes`,
      figure: `${phase.commands.unanswered} unanswered; ${phase.bytesPerChange.min ?? '–'} to ${phase.bytesPerChange.max ?? '–'} bytes; ${phase.othersAnswers} with another's answer`,
      pass: phase.commands.unanswered === 0 && phase.othersAnswers === 0 && phase.bytesPerChange.max !== null && phase.bytesPerChange.max < SMALL_CHANGE_BYTES,
    },
  ]);
}
