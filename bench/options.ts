import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CAR_PARK_MAX_ITEMS } from '@roundtable/shared';

const PROFILE_DIR = fileURLToPath(new URL('./results/profiles/', import.meta.url));
/** The server lets one connection send 10 commands a second once its burst is used. */
const SERVER_COMMANDS_PER_SECOND = 10;

export interface BenchOptions {
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
}

export const USAGE = `npm run bench -- [--sizes 25,200,1000] [--changes 200] [--warmup 60] [--gap 30] [--senders 10]
                     [--workers 2] [--prefill 500] [--prefill-size 200] [--profile]`;

function positiveInt(name: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${raw}".`);
  return value;
}

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '25,200,1000' },
      changes: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '60' },
      gap: { type: 'string', default: '30' },
      senders: { type: 'string', default: '10' },
      workers: { type: 'string', default: '2' },
      prefill: { type: 'string', default: '500' },
      'prefill-size': { type: 'string', default: '200' },
      profile: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => positiveInt('sizes', size.trim(), 2));
  const options: BenchOptions = {
    sizes,
    changes: positiveInt('changes', values.changes),
    warmup: positiveInt('warmup', values.warmup, 0),
    gapMs: positiveInt('gap', values.gap, 0),
    senders: positiveInt('senders', values.senders),
    workers: positiveInt('workers', values.workers),
    prefill: positiveInt('prefill', values.prefill, 0),
    prefillSize: positiveInt('prefill-size', values['prefill-size'], 2),
    profileDir: values.profile ? PROFILE_DIR : null,
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
