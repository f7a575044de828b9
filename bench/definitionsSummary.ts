// The definition cards run's raw records into its figures, its targets and its tables.
import { isDeepStrictEqual } from 'node:util';
import { emptyTally, type Tally } from '@roundtable/shared';
import type { AnswerRecord, DefinitionsPlan, DefinitionsTruth, DeviceReceipt, RevealRecord } from './definitionsMessages.ts';
import type { JoinRecord } from './messages.ts';
import type { Check } from './report.ts';
import { round, roundSpread, spread, type Spread } from './stats.ts';
import { summariseJoins, type ScenarioResult } from './summary.ts';

export interface DefinitionsResult {
  label: string;
  plan: DefinitionsPlan;
  join: ScenarioResult['join'];
  answers: { sent: number; accepted: number; refused: Record<string, number>; unanswered: number; perSecond: number | null };
  /** Send to acknowledgement of every answer, ms. */
  ackMs: Spread;
  /** Send of an accepted answer to the facilitator's progress count for it, ms. */
  progressMs: Spread;
  /** Accepted answers whose progress count never reached the facilitator. */
  progressMissing: number;
  bytes: {
    /** Change frames a phone received because of someone else's answer, per such answer: 0 before the reveal. */
    perOtherAnswerAtPhone: number | null;
    /** How many such frames all phones received in all. */
    otherChangesAtPhones: number;
    /** The change a phone receives for its own answer, per answer. */
    perOwnAnswerAtPhone: number | null;
    /** The facilitator's progress change per answer. */
    perAnswerAtFacilitator: number | null;
  };
  reveal: {
    /** The reveal's frame to each phone, and to the facilitator, bytes. */
    phoneFrameBytes: Spread;
    facilitatorFrameBytes: number | null;
    /** Send of the reveal to its arrival at each device, ms; `lastMs` is the slowest device. */
    arrivalMs: Spread;
    lastMs: number | null;
    missing: number;
  };
  server: { cpuMsPerCommand: number | null };
  /** The client workers' CPU per answer (every phone's worker parses what it receives), ms. */
  clientCpuMsPerCommand: number | null;
  /** CPU used by processes outside the bench while the phones answered, in percent of one core. */
  otherCpuPercent: number | null;
  /** Every phone's tallies against the server's, and the server's against the accepted answers. */
  consistency: { phones: number; matching: number; firstDifferent: number | null; serverMatchesAnswers: boolean };
  final: DefinitionsTruth;
}

interface DefinitionsRaw {
  plan: DefinitionsPlan;
  joins: JoinRecord[];
  answers: AnswerRecord[];
  answeringMs: number;
  reveal: RevealRecord;
  receipts: DeviceReceipt[];
  truth: DefinitionsTruth;
  serverCpuMs: number;
  clientsCpuMs: number;
  otherCpuPercent: number;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const perUnit = (total: number, count: number, decimals = 1): number | null => (count > 0 ? round(total / count, decimals) : null);

/** The tallies the accepted answers add up to: each phone answers each card once. */
function talliesOf(answers: readonly AnswerRecord[]): Record<string, Tally> {
  const tallies: Record<string, Tally> = {};
  for (const answer of answers) if (answer.ok) (tallies[answer.cardId] ??= emptyTally())[answer.answer] += 1;
  return tallies;
}

export function summariseDefinitions(raw: DefinitionsRaw): DefinitionsResult {
  const { plan, answers, receipts, truth, reveal } = raw;
  const accepted = answers.filter((answer) => answer.ok);
  const refused: Record<string, number> = {};
  for (const answer of answers) if (!answer.ok && answer.code) refused[answer.code] = (refused[answer.code] ?? 0) + 1;
  const phones = receipts.filter((receipt) => receipt.role === 'participant');
  const facilitator = receipts.find((receipt) => receipt.role === 'facilitator');
  const progress = accepted.flatMap((answer) => {
    const arrivedAt = facilitator?.progressArrivals[answer.version ?? -1];
    return arrivedAt === undefined ? [] : [arrivedAt - answer.sentAt];
  });
  const acceptedBy = new Map<number, number>();
  for (const answer of accepted) acceptedBy.set(answer.client, (acceptedBy.get(answer.client) ?? 0) + 1);
  const othersAnswers = sum(phones.map((phone) => accepted.length - (acceptedBy.get(phone.client) ?? 0)));
  const arrivals = receipts.flatMap((receipt) => (receipt.reveal ? [receipt.reveal.arrivedAt - reveal.sentAt] : []));
  const matching = phones.filter((phone) => phone.revealed && isDeepStrictEqual(phone.tallies, truth.tallies));
  const firstDifferent = phones.find((phone) => !matching.includes(phone))?.client ?? null;
  return {
    label: `Roundtable definition cards ${plan.phones}`,
    plan,
    join: summariseJoins(raw.joins),
    answers: {
      sent: answers.length,
      accepted: accepted.length,
      refused,
      unanswered: answers.filter((answer) => answer.ackedAt === null).length,
      perSecond: perUnit(answers.length * 1000, raw.answeringMs),
    },
    ackMs: roundSpread(spread(answers.flatMap((answer) => (answer.ackedAt === null ? [] : [answer.ackedAt - answer.sentAt])))),
    progressMs: roundSpread(spread(progress)),
    progressMissing: accepted.length - progress.length,
    bytes: {
      perOtherAnswerAtPhone: perUnit(sum(phones.map((phone) => phone.answering.otherChangeBytes)), othersAnswers, 3),
      otherChangesAtPhones: sum(phones.map((phone) => phone.answering.otherChanges)),
      perOwnAnswerAtPhone: perUnit(sum(phones.map((phone) => phone.answering.ownChangeBytes)), accepted.length),
      perAnswerAtFacilitator: facilitator ? perUnit(facilitator.answering.otherChangeBytes, accepted.length) : null,
    },
    reveal: {
      phoneFrameBytes: spread(phones.flatMap((phone) => (phone.reveal ? [phone.reveal.frameBytes] : []))),
      facilitatorFrameBytes: facilitator?.reveal?.frameBytes ?? null,
      arrivalMs: roundSpread(spread(arrivals)),
      lastMs: arrivals.length === receipts.length && arrivals.length > 0 ? round(Math.max(...arrivals)) : null,
      missing: receipts.length - arrivals.length,
    },
    server: { cpuMsPerCommand: perUnit(raw.serverCpuMs, answers.length, 3) },
    clientCpuMsPerCommand: perUnit(raw.clientsCpuMs, answers.length, 3),
    otherCpuPercent: round(raw.otherCpuPercent, 0),
    consistency: {
      phones: plan.phones,
      matching: matching.length,
      firstDifferent,
      serverMatchesAnswers: isDeepStrictEqual(talliesOf(answers), Object.fromEntries(Object.entries(truth.tallies).filter(([, tally]) => tally.agree + tally.notSure + tally.disagree > 0))),
    },
    final: truth,
  };
}

const fmt = (value: number | null | undefined, decimals = 1): string => (value === null || value === undefined ? '-' : value.toFixed(decimals));

export function definitionsChecks(result: DefinitionsResult): Check[] {
  const { consistency, bytes, answers, reveal } = result;
  return [
    {
      target: `${consistency.phones} phones answering ${result.final.cards} cards, then the reveal: every phone's tallies equal the server's, and the server's the answers given`,
      figure: `${consistency.matching} of ${consistency.phones}${consistency.firstDifferent === null ? '' : ` (first different: phone ${consistency.firstDifferent})`}; server ${consistency.serverMatchesAnswers ? 'matches' : 'does not match'} the ${answers.accepted} accepted answers`,
      pass: consistency.matching === consistency.phones && consistency.serverMatchesAnswers,
    },
    {
      target: 'definition cards: before the reveal a phone receives nothing of anyone else\'s answers',
      figure: `${fmt(bytes.perOtherAnswerAtPhone, 3)} B per other phone's answer (${bytes.otherChangesAtPhones} changes from others at phones)`,
      pass: bytes.otherChangesAtPhones === 0,
    },
    ...(answers.unanswered || result.progressMissing || reveal.missing || result.join.failed
      ? [{
          target: `${result.label}: every phone in, every answer acknowledged and counted on the console, the reveal everywhere`,
          figure: `${result.join.failed} failed joins, ${answers.unanswered} unanswered, ${result.progressMissing} progress counts missing, ${reveal.missing} devices without the reveal`,
          pass: false,
        }]
      : []),
  ];
}

/** The run's lines for the printed report. */
export function renderDefinitions(result: DefinitionsResult): string[] {
  const { answers, bytes, reveal } = result;
  const refused = Object.entries(answers.refused).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  return [
    `\nDefinition cards: ${result.plan.phones} phones answer ${result.final.cards} cards each at random moments over ${result.plan.windowMs / 1000} s, then the reveal`,
    `  answers: ${answers.sent} sent (${fmt(answers.perSecond)} a second), ${answers.accepted} accepted, refused ${refused}, ${answers.unanswered} unanswered`,
    `  acknowledgement p50 / p99 / max: ${fmt(result.ackMs.p50, 2)} / ${fmt(result.ackMs.p99, 2)} / ${fmt(result.ackMs.max, 2)} ms`,
    `  answer to the facilitator's progress count p50 / p99 / max: ${fmt(result.progressMs.p50, 2)} / ${fmt(result.progressMs.p99, 2)} / ${fmt(result.progressMs.max, 2)} ms (${result.progressMissing} missing)`,
    `  bytes at a phone per other phone's answer: ${fmt(bytes.perOtherAnswerAtPhone, 3)}; its own answer coming back: ${fmt(bytes.perOwnAnswerAtPhone)} B; the facilitator's count per answer: ${fmt(bytes.perAnswerAtFacilitator)} B`,
    `  reveal: ${fmt(reveal.phoneFrameBytes.p50, 0)} B to each phone (max ${fmt(reveal.phoneFrameBytes.max, 0)}), ${fmt(reveal.facilitatorFrameBytes, 0)} B to the facilitator; ` +
      `at every device after ${fmt(reveal.lastMs, 2)} ms (p50 ${fmt(reveal.arrivalMs.p50, 2)} ms, ${reveal.missing} missing)`,
    `  CPU per answer: server ${fmt(result.server.cpuMsPerCommand, 3)} ms, client workers ${fmt(result.clientCpuMsPerCommand, 3)} ms; other work on the machine ${fmt(result.otherCpuPercent, 0)}% of a core`,
    `  phones with the server's tallies: ${result.consistency.matching}/${result.consistency.phones}; ${result.final.respondents} people answered`,
  ];
}
