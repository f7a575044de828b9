import { DEFINITION_TEXT_MAX, type DefinitionDraft } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommand } from '../../components/useCommand.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomView } from '../../sync/optimistic.ts';

/** How long typing pauses before the draft goes to the screen: live, but not a command a key. */
export const DRAFT_SEND_DELAY_MS = 400;

const EMPTY_DRAFT: DefinitionDraft = { text: '', proposalIds: [], updatedAt: null };

type Wording = Pick<DefinitionDraft, 'text' | 'proposalIds'>;

/**
 * The console's draft of the definition. While the facilitator types, their own words are what
 * the field shows: a draft arriving from the room (the echo of what this console sent a moment
 * ago, or another console's change) never replaces them. Typing goes out after a short pause and
 * at once when the field is left; only once it is on its way does the field follow the room again.
 * A wording the server refuses stays in the field, with the reason.
 */
export function useDraftEditor() {
  const room = useRoomView((view) => view?.definitions.draft ?? EMPTY_DRAFT);
  const proposals = useRoomView((view) => view?.definitions.proposals);
  // The words being typed, or null when the field shows the room's draft.
  const [typed, setTyped] = useState<string | null>(null);
  const { run, error, clearError } = useCommand();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<string | null>(null);
  const focused = useRef(false);
  const sent = useRef(room.text);
  const roomRef = useRef<Wording>(room);
  const proposalsRef = useRef(proposals);
  useUnsavedText(typed !== null);

  useEffect(() => {
    roomRef.current = room;
    proposalsRef.current = proposals;
  }, [room, proposals]);

  const send = useCallback(
    async (wording: Wording): Promise<boolean> => {
      if (wording.text.length > DEFINITION_TEXT_MAX) return false;
      // A suggestion removed meanwhile is no longer something to draw on.
      const proposalIds = wording.proposalIds.filter((id) => proposalsRef.current?.[id] !== undefined);
      sent.current = wording.text;
      return (await run('definitions.setDraft', { text: wording.text, proposalIds })) !== 'failed';
    },
    [run],
  );

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    if (text === null) return;
    const ok = text === sent.current && text === roomRef.current.text ? true : await send({ text, proposalIds: roomRef.current.proposalIds });
    // Let go only of words that are on their way and not changed since: the room's draft now holds them.
    if (ok && !focused.current && latest.current === text) {
      latest.current = null;
      setTyped(null);
    }
  }, [send]);

  const onChange = useCallback(
    (text: string) => {
      latest.current = text;
      setTyped(text);
      clearError();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_SEND_DELAY_MS);
    },
    [flush, clearError],
  );

  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);

  const onBlur = useCallback(() => {
    focused.current = false;
    void flush();
  }, [flush]);

  /** Marks or unmarks a suggestion as drawn on; goes out at once, with the words as they stand. */
  const toggleProposal = useCallback(
    (proposalId: string, drawnOn: boolean) => {
      const current = roomRef.current;
      const proposalIds = drawnOn ? [...current.proposalIds, proposalId] : current.proposalIds.filter((id) => id !== proposalId);
      void send({ text: latest.current ?? current.text, proposalIds });
    },
    [send],
  );

  // Leaving the console part-way through a pause still sends what was typed.
  useEffect(() => {
    const pending = timer;
    const words = latest;
    return () => {
      if (pending.current === null || words.current === null) return;
      clearTimeout(pending.current);
      void send({ text: words.current, proposalIds: roomRef.current.proposalIds });
    };
  }, [send]);

  return { text: typed ?? room.text, proposalIds: room.proposalIds, error, onChange, onFocus, onBlur, flush, toggleProposal };
}
