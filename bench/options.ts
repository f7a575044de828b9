import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CAR_PARK_MAX_ITEMS } from '@roundtable/shared';
import type { AppendFsync } from '../server/test/support/redisServer.ts';

const PROFILE_DIR = fileURLToPath(new URL('./results/profiles/', import.meta.url));
/** The server lets one connection send 10 commands a second once its burst is used. */
const SERVER_COMMANDS_PER_SECOND = 10;
/** Bounds on the queue run, so a typo cannot keep the machine busy for an hour. */
const QUEUE_SECONDS_MIN = 5;
const QUEUE_SECONDS_MAX = 300;
const QUEUE_PHONES_MAX = 500;
const CLUSTER_PHONES_MAX = 1000;

/** Bounds on the definition cards run. */
const DEFINITIONS_SECONDS_MIN = 5;
const DEFINITIONS_SECONDS_MAX = 300;
const DEFINITIONS_PHONES_MAX = 500;
const AGREEMENTS_PHONES_MAX = 1000;

/**
 * The car park fan-out at each size, the turn-taking queue, the definition cards, a consent round
 * and check-in, exports of a large room, and the fan-out over two processes sharing a room through Redis.
 */
export const SCENARIOS = ['fanout', 'queue', 'definitions', 'agreements', 'export', 'cluster'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  /** Which scenarios run, in this order. */
  scenarios: Scenario[];
  /** Room sizes, in phones; each gets fresh servers and a fresh room. */
  sizes: number[];
  /** Changes per server sent and dropped before measuring (see README: the seconds after a join storm are noisy). */
  warmup: number;
  /** Measured changes per server and room size. */
  changes: number;
  /** Pause after each change has reached every phone before the next is sent, ms. */
  gapMs: number;
  /** How many phones take turns to send. */
  senders: number;
  /** Client worker processes the phones are spread over. */
  workers: number;
  /** Items put in the room before measuring, for the bytes-per-change comparison. */
  prefill: number;
  /** The room size that gets the pre-filled run too (the first size when it is not listed). */
  prefillSize: number;
  /** Where each server writes a V8 CPU profile (`--cpu-prof`), or null for none. */
  profileDir: string | null;
  /** Phones in the queue run. */
  queuePhones: number;
  /** How long the phones raise and lower hands, in seconds. */
  queueSeconds: number;
  /** Seeds the queue run's random choices. */
  seed: number;
  /** Phones in the definition cards run. */
  definitionsPhones: number;
  /** The window over which each phone answers the whole deck, in seconds. */
  definitionsSeconds: number;
  /** Phones in the agreements run. */
  agreementsPhones: number;
  /** Phones in the room of the cluster scenario, on each side (one process; two through Redis). */
  clusterPhones: number;
  /** The cluster's Redis `appendfsync`: `always` (the README's advice) or `everysec`. */
  redisFsync: AppendFsync;
}

export const USAGE = `npm run bench -- [--scenario all|fanout|queue|definitions|agreements|export|cluster] [--sizes 25,200,1000] [--changes 200] [--warmup 60] [--gap 30]
                     [--senders 10] [--workers 2] [--prefill 500] [--prefill-size 200] [--profile]
                     [--queue-phones 200] [--queue-seconds 60] [--seed 1]
                     [--definitions-phones 200] [--definitions-seconds 20] [--agreements-phones 200]
                     [--cluster-phones 200] [--redis-fsync always|everysec]`;

function positiveInt(name: string, raw: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}, not "${raw}".`);
  }
  return value;
}

function readFsync(raw: string): AppendFsync {
  if (raw === 'always' || raw === 'everysec') return raw;
  throw new Error(`--redis-fsync must be always or everysec, not "${raw}".`);
}

function readScenarios(raw: string): Scenario[] {
  if (raw === 'all') return [...SCENARIOS];
  const scenario = SCENARIOS.find((name) => name === raw);
  if (!scenario) throw new Error(`--scenario must be all, ${SCENARIOS.join(' or ')}, not "${raw}".`);
  return [scenario];
}

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'all' },
      sizes: { type: 'string', default: '25,200,1000' },
      changes: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '60' },
      gap: { type: 'string', default: '30' },
      senders: { type: 'string', default: '10' },
      workers: { type: 'string', default: '2' },
      prefill: { type: 'string', default: '500' },
      'prefill-size': { type: 'string', default: '200' },
      profile: { type: 'boolean', default: false },
      'queue-phones': { type: 'string', default: '200' },
      'queue-seconds': { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
      'definitions-phones': { type: 'string', default: '200' },
      'definitions-seconds': { type: 'string', default: '20' },
      'agreements-phones': { type: 'string', default: '200' },
      'cluster-phones': { type: 'string', default: '200' },
      'redis-fsync': { type: 'string', default: 'always' },
    },
  });
  const sizes = values.sizes.split(',').map((size) => positiveInt('sizes', size.trim(), 2));
  const options: BenchOptions = {
    scenarios: readScenarios(values.scenario),
    sizes,
    changes: positiveInt('changes', values.changes),
    warmup: positiveInt('warmup', values.warmup, 0),
    gapMs: positiveInt('gap', values.gap, 0),
    senders: positiveInt('senders', values.senders),
    workers: positiveInt('workers', values.workers),
    prefill: positiveInt('prefill', values.prefill, 0),
    prefillSize: positiveInt('prefill-size', values['prefill-size'], 2),
    profileDir: values.profile ? PROFILE_DIR : null,
    queuePhones: positiveInt('queue-phones', values['queue-phones'], 2, QUEUE_PHONES_MAX),
    queueSeconds: positiveInt('queue-seconds', values['queue-seconds'], QUEUE_SECONDS_MIN, QUEUE_SECONDS_MAX),
    seed: positiveInt('seed', values.seed, 0, 2 ** 31),
    definitionsPhones: positiveInt('definitions-phones', values['definitions-phones'], 2, DEFINITIONS_PHONES_MAX),
    definitionsSeconds: positiveInt('definitions-seconds', values['definitions-seconds'], DEFINITIONS_SECONDS_MIN, DEFINITIONS_SECONDS_MAX),
    agreementsPhones: positiveInt('agreements-phones', values['agreements-phones'], 2, AGREEMENTS_PHONES_MAX),
    clusterPhones: positiveInt('cluster-phones', values['cluster-phones'], 2, CLUSTER_PHONES_MAX),
    redisFsync: readFsync(values['redis-fsync']),
  };
  // A quick run without that size still gets the comparison, on its first size.
  if (!sizes.includes(options.prefillSize)) options.prefillSize = sizes[0] ?? options.prefillSize;
  // A room's car park holds a limited number of items; the pre-filled run must fit in it.
  const items = options.prefill + options.warmup + options.changes;
  if (items > CAR_PARK_MAX_ITEMS) {
    throw new Error(`--prefill ${options.prefill} + --warmup ${options.warmup} + --changes ${options.changes} is more than the ${CAR_PARK_MAX_ITEMS} items a car park holds.`);
  }
  const perSenderPerSecond = 1000 / (options.senders * Math.max(1, options.gapMs));
  if (perSenderPerSecond >= SERVER_COMMANDS_PER_SECOND) {
    throw new Error(`Each sender would send ${perSenderPerSecond.toFixed(1)} commands a second; the server allows ${SERVER_COMMANDS_PER_SECOND}. Use more --senders or a longer --gap.`);
  }
  return options;
}
