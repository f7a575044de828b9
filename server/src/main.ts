import { join } from 'node:path';
import { startServer, type RunningServer } from './app.ts';
import { readConfig } from './config.ts';
import { SqliteStore } from './store/SqliteStore.ts';

const config = readConfig();
let server: RunningServer;
let storedIn = config.dataDir;
if (config.redisUrl) {
  // One of several processes: rooms, their log and the rate limits are shared through Redis. The
  // Redis modules are loaded only then, so one process starts exactly as it always has.
  const { joinCluster } = await import('./cluster/cluster.ts');
  const { redactedUrl } = await import('./cluster/redis.ts');
  storedIn = `Redis at ${redactedUrl(config.redisUrl)}`;
  const cluster = await joinCluster(config.redisUrl).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  server = await startServer(config, cluster.store, cluster);
} else {
  server = await startServer(config, new SqliteStore(join(config.dataDir, 'roundtable.sqlite')));
}

console.log(`Roundtable is running.
  On this computer:        http://localhost:${server.port}
  Phones on this network:  ${server.base}
  Data is kept in:         ${storedIn}`);

async function stop(signal: string): Promise<void> {
  console.log(`${signal}: stopping.`);
  await server.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
