import type { CommandAck, CommandType, ErrorCode, Failure, PayloadOf } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRoomStore } from '../store/roomStore.ts';
import { handOverCommand, sendCommand } from '../sync/session.ts';

/**
 * How long to wait for the server's answer before treating a command as waiting in the outbox.
 * The command is safe there (it survives a reload), so the form need not stay stuck meanwhile.
 */
const QUEUED_AFTER_MS = 4_000;

/**
 * `saved`: the server accepted it. `queued`: it waits in the outbox and shows as pending.
 * `failed`: the server refused it; the message is in `error`.
 */
export type CommandResult = 'saved' | 'queued' | 'failed';

/** A refusal with one of the codes a caller named as answers (see `useCommand`); none when it named none. */
export type Answer<A extends ErrorCode> = [A] extends [never] ? never : Failure & { code: A };

/** Settles with 'queued' once the device goes offline or the answer is slow; `stop` cleans up. */
function whenQueued(): { promise: Promise<'queued'>; stop: () => void } {
  let stop = () => {};
  const promise = new Promise<'queued'>((resolve) => {
    if (useRoomStore.getState().status !== 'online') {
      resolve('queued');
      return;
    }
    const unsubscribe = useRoomStore.subscribe((state) => {
      if (state.status !== 'online') resolve('queued');
    });
    const timer = setTimeout(() => resolve('queued'), QUEUED_AFTER_MS);
    stop = () => {
      unsubscribe();
      clearTimeout(timer);
    };
  });
  return { promise, stop };
}

/**
 * Sends commands for one control and keeps its busy and error state. Errors stay until the next
 * attempt or `clearError`, and the caller keeps what was typed unless the result is not 'failed'.
 * `queuedId` is the last command that moved on to the outbox, so a form can tell when it is sent.
 *
 * `answers` lists refusals that are answers rather than errors for this control ("the host already
 * knows", "your hand is already down"): `run` resolves with the refusal itself, for the caller to
 * show calmly or treat as done, and `error` stays empty.
 */
export function useCommand() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const waiting = useRef(new Set<string>());

  // A control can vanish while it waits (the optimistic view drops a removed item at once). Its
  // command is then handed over, so a refusal still reaches the "not sent" list instead of nobody.
  useEffect(() => {
    const mine = waiting.current;
    return () => {
      for (const id of mine) handOverCommand(id);
      mine.clear();
    };
  }, []);

  const run = useCallback(
    async <T extends CommandType, A extends ErrorCode = never>(
      type: T,
      payload: PayloadOf<T>,
      answers: readonly A[] = [],
    ): Promise<CommandResult | Answer<A>> => {
      setBusy(true);
      setError(null);
      const { id, ack } = sendCommand(type, payload);
      waiting.current.add(id);
      const queued = whenQueued();
      // `ack` comes first so an answer that is already there (such as "not connected") wins.
      const first: CommandAck | 'queued' = await Promise.race([ack, queued.promise]);
      queued.stop();
      waiting.current.delete(id);
      setBusy(false);
      if (first === 'queued') {
        // The form moves on; a later refusal shows in the "not sent" list, with the text kept.
        handOverCommand(id);
        setQueuedId(id);
        return 'queued';
      }
      if (first.ok) return 'saved';
      if ((answers as readonly ErrorCode[]).includes(first.code)) return first as Answer<A>;
      setError(first.message);
      return 'failed';
    },
    [],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError, queuedId };
}
