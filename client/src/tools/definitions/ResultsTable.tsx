import { emptyTally, tallyTotal, type DefinitionCard, type DefinitionsState } from '@roundtable/shared';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { ANSWER_LABEL, ANSWER_ORDER } from './definitionWords.ts';
import { TallyBar } from './TallyBar.tsx';

interface ResultsTableProps {
  /** The cards to show, most divided first. */
  cards: readonly DefinitionCard[];
  tallies: DefinitionsState['tallies'];
  caption: string;
  /** Glossary words open their meaning on a tap; off on the projector. */
  interactive?: boolean;
  className?: string;
}

/** How the room answered each card: a table with a column per answer, numbers and bars. */
export function ResultsTable({ cards, tallies, caption, interactive = true, className = 'results-table' }: ResultsTableProps) {
  const max = Math.max(0, ...cards.flatMap((card) => ANSWER_ORDER.map((answer) => tallies[card.id]?.[answer] ?? 0)));
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Statement</th>
          {ANSWER_ORDER.map((answer) => (
            <th key={answer} scope="col" className={`results-${answer}`}>
              {ANSWER_LABEL[answer]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cards.map((card) => {
          const tally = tallies[card.id] ?? emptyTally();
          return (
            <tr key={card.id} className={tallyTotal(tally) === 0 ? 'results-row is-unanswered' : 'results-row'}>
              <th scope="row" className="results-statement">
                <GlossaryText text={card.text} interactive={interactive} />
              </th>
              {ANSWER_ORDER.map((answer) => (
                <td key={answer} className={`results-${answer}`}>
                  <TallyBar value={tally[answer]} max={max} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
