import { join } from 'node:path';
import { startServer } from './app.ts';
import { readConfig } from './config.ts';
import { SqliteStore } from './store/SqliteStore.ts';

const config = readConfig();
const store = new SqliteStore(join(config.dataDir, 'roundtable.sqlite'));
const server = await startServer(config, store);

console.log(`Roundtable is running.
  On this computer:        http://localhost:${server.port}
  Phones on this network:  ${server.base}
  Data is kept in:         ${config.dataDir}`);

async function stop(signal: string): Promise<void> {
  console.log(`${signal}: stopping.`);
  await server.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
