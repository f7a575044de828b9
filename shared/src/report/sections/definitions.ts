import type { RoomState } from '../../state.ts';
import { cardsByDivision, emptyTally, orderedProposals, tallyTotal } from '../../tools/definitions.ts';
import type { ReportBlock, ReportSection, SectionContext } from '../model.ts';
import { plural, readableDate } from '../words.ts';

/** The definition cards with how the room answered (most divided first), the proposals and the group's definition. */
export function definitionsSection(state: RoomState, ctx: SectionContext): ReportSection | null {
  const { definitions } = state;
  // Counts the room was never shown stay hidden here too: in a small group they could say who answered what.
  const answered = definitions.revealed
    ? cardsByDivision(definitions).filter((card) => tallyTotal(definitions.tallies[card.id] ?? emptyTally()) > 0)
    : [];
  const proposals = orderedProposals(definitions);
  const { versions } = definitions;
  const hiddenAnswers = !definitions.revealed && definitions.respondents > 0;
  if (!answered.length && !proposals.length && !versions.length && !hiddenAnswers) return null;

  const blocks: ReportBlock[] = [];
  if (hiddenAnswers) {
    blocks.push(
      { kind: 'subheading', text: 'How the room answered the cards' },
      { kind: 'paragraph', text: `${plural(definitions.respondents, 'person answered', 'people answered')} the cards. The answers were not shown to the group, so they are not shown here.` },
    );
  }
  if (answered.length) {
    blocks.push(
      { kind: 'subheading', text: 'How the room answered the cards' },
      { kind: 'paragraph', text: `${plural(answered.length, 'card was', 'cards were')} answered. The cards the room was most divided on come first.` },
      {
        kind: 'table',
        name: 'definition-cards',
        caption: 'Answers to each card',
        columns: ['Statement', 'Agree', 'Not sure', 'Disagree'],
        rows: answered.map((card) => {
          const tally = definitions.tallies[card.id] ?? emptyTally();
          return [card.text, String(tally.agree), String(tally.notSure), String(tally.disagree)];
        }),
      },
    );
  }
  blocks.push({ kind: 'subheading', text: 'The group’s definition' });
  const current = versions.at(-1);
  if (current) {
    blocks.push(
      { kind: 'paragraph', text: current.text },
      { kind: 'paragraph', text: `Agreed on ${readableDate(current.adoptedAt)}${versions.length > 1 ? ` (version ${current.number})` : ''}.` },
    );
    if (versions.length > 1) {
      blocks.push(
        { kind: 'paragraph', text: 'Earlier wordings:' },
        { kind: 'list', items: versions.slice(0, -1).reverse().map((version) => `Version ${version.number}, ${readableDate(version.adoptedAt)}: ${version.text}`) },
      );
    }
  } else {
    blocks.push({ kind: 'paragraph', text: 'The group has not agreed a definition yet.' });
  }
  if (proposals.length) {
    blocks.push(
      { kind: 'subheading', text: 'Words people suggested' },
      {
        kind: 'table',
        name: 'definition-proposals',
        caption: 'Suggestions for the definition',
        columns: ['Suggestion', 'People who supported it', ...(ctx.includeNames ? ['Suggested by'] : [])],
        rows: proposals.map((proposal) => [
          proposal.text,
          String(proposal.supportCount),
          ...(ctx.includeNames ? [ctx.nameOf(proposal.anonymous ? null : proposal.authorName)] : []),
        ]),
      },
    );
  }
  return { id: 'definitions', heading: 'Definition cards and our definition', blocks };
}
