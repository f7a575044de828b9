import type { RoomState } from '../../state.ts';
import { adoptedAgreements, type Agreement, type RoundRecord } from '../../tools/agreements.ts';
import type { ReportBlock, ReportSection, SectionContext } from '../model.ts';
import { plural } from '../words.ts';

function countsText(round: RoundRecord): string {
  const { agree, notSure, cannotAgree } = round.counts;
  return `${agree} agree, ${notSure} not sure, ${cannotAgree} cannot agree`;
}

/** How an adopted agreement was agreed: its last round that adopted it, with the counts. */
function howAgreed(agreement: Agreement): string {
  const round = agreement.rounds.findLast((record) => record.decision === 'adopted');
  const agreed = round ? `Agreed in round ${round.number} at meeting ${round.meeting} (${countsText(round)}).` : 'Agreed by the group.';
  const changes = agreement.versions.length - 1;
  return changes > 0 ? `${agreed} Reworded ${changes === 1 ? 'once' : `${changes} times`}.` : agreed;
}

/** Where a proposal that is not agreed stands. */
function standing(agreement: Agreement): string {
  const last = agreement.rounds.at(-1);
  switch (agreement.status) {
    case 'dropped':
      return last ? `Dropped in round ${last.number} (${countsText(last)}).` : 'Dropped.';
    case 'retired':
      return 'Retired at a check-in.';
    default:
      return last ? `Still to agree: last asked in round ${last.number} (${countsText(last)}).` : 'Still to agree: not yet asked.';
  }
}

/** The group's agreements with how each was agreed, the other proposals, and the check-ins. */
export function agreementsSection(state: RoomState, ctx: SectionContext): ReportSection | null {
  const all = Object.values(state.agreements.agreements);
  const { checkIns } = state.agreements;
  if (!all.length && !checkIns.length) return null;
  const proposer = (agreement: Agreement) => ctx.nameOf(agreement.anonymous ? null : agreement.authorName);
  const withNames = (agreement: Agreement, cells: string[]) => (ctx.includeNames ? [...cells, proposer(agreement)] : cells);
  const nameColumn = ctx.includeNames ? ['Proposed by'] : [];

  const adopted = adoptedAgreements(state.agreements);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: `The group agreed ${plural(adopted.length, 'way', 'ways')} of working together.` },
  ];
  if (adopted.length) {
    blocks.push({
      kind: 'table',
      name: 'agreements',
      caption: 'Agreed ways of working, in the group’s order',
      columns: ['Number', 'Agreement', 'How it was agreed', ...nameColumn],
      rows: adopted.map((agreement, index) => withNames(agreement, [String(index + 1), agreement.text, howAgreed(agreement)])),
    });
  }
  const others = all.filter((agreement) => agreement.status !== 'adopted').sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  if (others.length) {
    blocks.push(
      { kind: 'subheading', text: 'Other proposals' },
      {
        kind: 'table',
        name: 'agreement-proposals',
        caption: 'Proposals not agreed',
        columns: ['Proposal', 'Where it stands', ...nameColumn],
        rows: others.map((agreement) => withNames(agreement, [agreement.text, standing(agreement)])),
      },
    );
  }
  if (checkIns.length) {
    blocks.push(
      { kind: 'subheading', text: 'Check-ins' },
      {
        kind: 'list',
        items: checkIns.map((checkIn) => {
          const outcomes = Object.values(checkIn.outcomes);
          const count = (outcome: string) => outcomes.filter((each) => each === outcome).length;
          const talked = Object.values(checkIn.talk).filter((people) => people > 0).length;
          return (
            `Check-in ${checkIn.number} at meeting ${checkIn.meeting}: ${plural(checkIn.agreementIds.length, 'agreement')} checked, ` +
            `${plural(talked, 'agreement')} people wanted to talk about; ${count('kept')} kept, ${count('reworded')} reworded, ${count('retired')} retired.`
          );
        }),
      },
    );
  }
  return { id: 'agreements', heading: 'Agreements', blocks };
}
