import type { ClientCommand, Outcome } from '@roundtable/shared';

/** An item someone on this device added that the server has not confirmed yet. */
export interface PendingAdd {
  id: string;
  text: string;
  anonymous: boolean;
}

/** Changes to one item waiting to be sent, the latest of each kind winning. */
export interface PendingItemChange {
  text?: string;
  outcome?: { value: Outcome | null };
  removing: boolean;
}

export interface PendingCarPark {
  adds: PendingAdd[];
  byItem: Map<string, PendingItemChange>;
}

/**
 * What the outbox means for the car park. An add's command id becomes the item's id, so an add
 * whose item already arrived is left out rather than shown twice.
 */
export function pendingCarPark(commands: ClientCommand[], knownIds: ReadonlySet<string>): PendingCarPark {
  const adds: PendingAdd[] = [];
  const byItem = new Map<string, PendingItemChange>();
  const change = (itemId: string): PendingItemChange => {
    const existing = byItem.get(itemId);
    if (existing) return existing;
    const fresh: PendingItemChange = { removing: false };
    byItem.set(itemId, fresh);
    return fresh;
  };
  for (const command of commands) {
    switch (command.type) {
      case 'carPark.add':
        if (!knownIds.has(command.id)) adds.push({ id: command.id, ...command.payload });
        break;
      case 'carPark.edit':
        change(command.payload.itemId).text = command.payload.text;
        break;
      case 'carPark.setOutcome':
        change(command.payload.itemId).outcome = { value: command.payload.outcome };
        break;
      case 'carPark.remove':
        change(command.payload.itemId).removing = true;
        break;
      default:
        break;
    }
  }
  return { adds, byItem };
}
