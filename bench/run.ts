// `npm run bench`: Roundtable's fan-out under 25, 200 and 1,000 phones, against a bare Socket.IO
// server doing the same broadcasts, then 200 phones taking turns in the queue. See bench/README.md
// for what is measured and how.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { agreementsPlan, runAgreements } from './agreementsScenario.ts';
import { agreementsChecks, renderAgreements, type AgreementsResult } from './agreementsSummary.ts';
import { definitionsPlan, runDefinitions } from './definitionsScenario.ts';
import { definitionsChecks, renderDefinitions, type DefinitionsResult } from './definitionsSummary.ts';
import { exportChecks, runExport, type ExportResult } from './exportScenario.ts';
import { readOptions, USAGE, type BenchOptions, type Scenario } from './options.ts';
import type { PairPlan } from './plan.ts';
import { killAllChildren, openFilesLimit, waitForQuiet } from './processes.ts';
import { queuePlan, runQueue } from './queueScenario.ts';
import type { QueueResult } from './queueSummary.ts';
import { clusterChecks, renderCluster, runCluster, type ClusterResult } from './clusterScenario.ts';
import { checks, compare, render } from './report.ts';
import { runPair } from './scenario.ts';
import type { ScenarioResult } from './summary.ts';
import { WorkerPool } from './workerPool.ts';

const RESULTS_FILE = fileURLToPath(new URL('./results/latest.json', import.meta.url));
/** Before each scenario, wait up to QUIET_MAX_WAIT_MS for other work on the machine to drop under QUIET_LOAD_PERCENT of a core. */
const QUIET_LOAD_PERCENT = 30;
const QUIET_WINDOW_MS = 500;
const QUIET_MAX_WAIT_MS = 20_000;
/** Files a server or worker opens besides its sockets: modules, the database, pipes. */
const FILES_HEADROOM = 200;
/** The whole run stops itself after this long (plus the queue's own --queue-seconds), whatever state it is in. */
const RUN_TIMEOUT_MS = 10 * 60_000;

function plans(options: BenchOptions): PairPlan[] {
  const common = { warmup: options.warmup, changes: options.changes, senders: options.senders, gapMs: options.gapMs, profileDir: options.profileDir };
  return options.sizes.flatMap((phones): PairPlan[] => [
    { ...common, phones, prefill: 0 },
    ...(phones === options.prefillSize && options.prefill > 0 ? [{ ...common, phones, prefill: options.prefill }] : []),
  ]);
}

interface QuietGate {
  scenario: Scenario;
  phones: number;
  prefill: number;
  waitedMs: number;
  otherLoadPercent: number;
}

/** Waits for other work on the machine to settle, notes how long that took, and says so if it did not. */
async function quietGate(label: string, gates: QuietGate[], gate: Omit<QuietGate, 'waitedMs' | 'otherLoadPercent'>): Promise<void> {
  const quiet = await waitForQuiet(QUIET_LOAD_PERCENT, QUIET_WINDOW_MS, QUIET_MAX_WAIT_MS);
  gates.push({ ...gate, waitedMs: quiet.waitedMs, otherLoadPercent: quiet.loadPercent });
  const note = quiet.loadPercent >= QUIET_LOAD_PERCENT
    ? ` (other work on the machine still at ${quiet.loadPercent}% of a core after ${(quiet.waitedMs / 1000).toFixed(0)} s; figures will be noisier)`
    : '';
  console.log(`- ${label} …${note}`);
}

function queueLine(queue: QueueResult): string {
  const { consistency } = queue;
  return `  ${queue.label}: ${queue.commands.sent} commands in ${queue.activeSeconds} s; ack p99 ${queue.ackMs.p99} ms; ` +
    `${consistency.matching} of ${consistency.phones} phones equal the server, ${queue.final.queueLength} hands up`;
}

function oneLine(result: ScenarioResult): string {
  const { join, changes } = result;
  return `  ${result.label}: joined ${join.joined}/${result.phones} in ${join.totalMs} ms; last-recipient p50 ${changes.lastRecipientMs.p50} ms, p99 ${changes.lastRecipientMs.p99} ms`;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // Each server holds one socket per phone, and a worker holds its share of both servers' phones.
  const fanOut = options.scenarios.includes('fanout');
  const needed = Math.max(
    fanOut ? Math.max(...options.sizes) : 0,
    options.scenarios.includes('queue') ? options.queuePhones : 0,
    options.scenarios.includes('definitions') ? options.definitionsPhones : 0,
    options.scenarios.includes('agreements') ? options.agreementsPhones : 0,
  ) + FILES_HEADROOM;
  const limit = openFilesLimit();
  if (limit !== null && limit < needed) {
    console.error(`Warning: processes may open only ${limit} files and sockets; ${needed} are needed. Raise it first, e.g. "ulimit -n ${needed * 2}".`);
  }
  const pool = new WorkerPool(options.workers);
  const stop = (why: string): void => {
    console.error(why);
    pool.close();
    killAllChildren();
    process.exit(1);
  };
  const timeoutMs = RUN_TIMEOUT_MS + (options.scenarios.includes('queue') ? options.queueSeconds * 1000 : 0) +
    (options.scenarios.includes('definitions') ? options.definitionsSeconds * 1000 : 0);
  setTimeout(() => stop(`The bench ran past ${Math.round(timeoutMs / 60_000)} minutes; stopping.`), timeoutMs).unref();
  process.once('SIGINT', () => stop('Interrupted.'));

  const startedAt = new Date();
  const intro = [
    fanOut
      ? `Car park fan-out: ${options.sizes.join(', ')} phones. Per size, Roundtable and a bare Socket.IO server run side by side; ` +
        `each gets ${options.warmup} warm-up and ${options.changes} measured changes, alternately, from ${options.senders} senders, ` +
        `${options.gapMs} ms after the previous change reached every phone.`
      : '',
    options.scenarios.includes('queue')
      ? `Turn-taking queue: ${options.queuePhones} phones raise and lower hands at random for ${options.queueSeconds} s (seed ${options.seed}).`
      : '',
    options.scenarios.includes('definitions')
      ? `Definition cards: ${options.definitionsPhones} phones answer the whole deck over ${options.definitionsSeconds} s, then the reveal (seed ${options.seed}).`
      : '',
    options.scenarios.includes('agreements')
      ? `Agreements: ${options.agreementsPhones} phones answer a consent round, then check in on every agreement (seed ${options.seed}).`
      : '',
    options.scenarios.includes('cluster')
      ? `Cluster fan-out: a ${options.clusterPhones}-phone room on one process against the same room split over two processes sharing it through Redis.`
      : '',
  ];
  console.log(`Roundtable bench. ${intro.filter(Boolean).join(' ')} Phones live in ${options.workers} client processes; ${cpus().length} CPU cores are shared by everything.`);
  const results: ScenarioResult[] = [];
  let queue: QueueResult | null = null;
  let definitions: DefinitionsResult | null = null;
  let exportResult: ExportResult | null = null;
  let agreements: AgreementsResult | null = null;
  let cluster: ClusterResult | null = null;
  const quietGates: QuietGate[] = [];
  try {
    for (const plan of fanOut ? plans(options) : []) {
      await quietGate(`${plan.phones} phones${plan.prefill ? `, Roundtable's room pre-filled with ${plan.prefill} items` : ''}`, quietGates,
        { scenario: 'fanout', phones: plan.phones, prefill: plan.prefill });
      try {
        const pair = await runPair(plan, pool);
        for (const result of pair) console.log(oneLine(result));
        results.push(...pair);
      } catch (error) {
        console.error(`  This size could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.scenarios.includes('queue')) {
      await quietGate(`turn-taking queue, ${options.queuePhones} phones for ${options.queueSeconds} s`, quietGates, { scenario: 'queue', phones: options.queuePhones, prefill: 0 });
      try {
        queue = await runQueue(queuePlan(options), pool);
        console.log(queueLine(queue));
      } catch (error) {
        console.error(`  The queue could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.scenarios.includes('definitions')) {
      await quietGate(`definition cards, ${options.definitionsPhones} phones over ${options.definitionsSeconds} s`, quietGates, { scenario: 'definitions', phones: options.definitionsPhones, prefill: 0 });
      try {
        definitions = await runDefinitions(definitionsPlan(options), pool);
      } catch (error) {
        console.error(`  The definition cards could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.scenarios.includes('agreements')) {
      await quietGate(`agreements, ${options.agreementsPhones} phones`, quietGates, { scenario: 'agreements', phones: options.agreementsPhones, prefill: 0 });
      try {
        agreements = await runAgreements(agreementsPlan(options));
      } catch (error) {
        console.error(`  The agreements could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.scenarios.includes('export')) {
      await quietGate('saving a room of 200 people and 1,000 items in every format', quietGates, { scenario: 'export', phones: 0, prefill: 0 });
      try {
        exportResult = await runExport();
      } catch (error) {
        console.error(`  The export could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.scenarios.includes('cluster')) {
      await quietGate(`${options.clusterPhones} phones, one process against two sharing the room through Redis`, quietGates, { scenario: 'cluster', phones: options.clusterPhones, prefill: 0 });
      try {
        const { warmup, changes, senders, gapMs } = options;
        cluster = await runCluster({ phones: options.clusterPhones, prefill: 0, warmup, changes, senders, gapMs, profileDir: null }, pool, options.redisFsync);
        console.log(`  two processes added ${cluster.overheadMs.p50} ms at p50 and ${cluster.overheadMs.p99} ms at p99 to the last recipient's wait`);
      } catch (error) {
        console.error(`  The cluster could not be measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    pool.close();
    killAllChildren();
  }

  const comparisons = compare(results);
  const definitionsNotRun = { target: 'definition cards: every phone\'s tallies equal the server\'s', figure: 'could not be measured', pass: false };
  const checkList = [
    ...checks(results, comparisons, options, queue),
    ...(definitions ? definitionsChecks(definitions) : options.scenarios.includes('definitions') ? [definitionsNotRun] : []),
    ...(exportResult ? exportChecks(exportResult) : []),
    ...(agreements ? agreementsChecks(agreements) : []),
    ...(options.scenarios.includes('cluster') ? clusterChecks(cluster, options.clusterPhones) : []),
  ];
  if (definitions) console.log(renderDefinitions(definitions).join('\n'));
  if (agreements) console.log(renderAgreements(agreements));
  if (cluster) console.log(renderCluster(cluster));
  console.log(render(results, comparisons, checkList, queue));
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform };
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ startedAt: startedAt.toISOString(), seconds: (Date.now() - startedAt.getTime()) / 1000, machine, options, quietGates, checks: checkList, comparisons, results, queue, definitions, agreements, export: exportResult, cluster }, null, 2)}\n`);
  console.log(`\nWritten to ${RESULTS_FILE}. This is a measurement: missed targets do not fail the run.`);
}

await main();
