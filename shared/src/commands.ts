import { z } from 'zod';
import { accessCommandSchemas } from './tools/access.ts';
import { carParkCommandSchemas } from './tools/carPark.ts';
import { agreementsCommandSchemas } from './tools/agreements.ts';
import { definitionsCommandSchemas } from './tools/definitions.ts';
import { glossaryCommandSchemas } from './tools/glossary.ts';
import { queueCommandSchemas } from './tools/queue.ts';
import { roomCommandSchemas } from './tools/room.ts';
import { stakeholdersCommandSchemas } from './tools/stakeholders.ts';
import { summaryCommandSchemas } from './tools/summary.ts';
import { valuesTreeCommandSchemas } from './tools/valuesTree.ts';

/** Every command a client may send, as one union discriminated by `type`. */
export const clientCommandSchema = z.discriminatedUnion('type', [
  ...roomCommandSchemas,
  ...carParkCommandSchemas,
  ...queueCommandSchemas,
  ...definitionsCommandSchemas,
  ...glossaryCommandSchemas,
  ...agreementsCommandSchemas,
  ...summaryCommandSchemas,
  ...stakeholdersCommandSchemas,
  ...valuesTreeCommandSchemas,
  ...accessCommandSchemas,
]);
export type ClientCommand = z.infer<typeof clientCommandSchema>;
export type CommandType = ClientCommand['type'];
/** The payload a command of type `T` carries. */
export type PayloadOf<T extends CommandType> = Extract<ClientCommand, { type: T }>['payload'];
