import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { AnswersPanel } from './AnswersPanel.tsx';
import { DeckEditor } from './DeckEditor.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { StageSwitch } from './StageSwitch.tsx';

/** The facilitator's definition cards: the deck, the round of answers, and the group's own definition. */
export function DefinitionsConsole() {
  const roomId = useRoomView((view) => view?.id);
  const headingId = useId();
  if (!roomId) return null;
  return (
    <section className="definitions-console stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Definition cards</h2>
      <p className="lead">Statements people answer on their phones, then the group’s own definition in its own words.</p>
      <StageSwitch />
      <div className="definitions-console-columns">
        <DeckEditor />
        <AnswersPanel />
      </div>
      <DraftEditor />
    </section>
  );
}
