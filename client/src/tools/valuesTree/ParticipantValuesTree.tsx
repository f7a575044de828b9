import { useId } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddValueForm } from './AddValueForm.tsx';
import { MyNotes } from './MyNotes.tsx';
import { PhoneLeaves } from './PhoneLeaves.tsx';
import { PhoneTree } from './PhoneTree.tsx';
import { PhoneVote } from './PhoneVote.tsx';
import { ReflectPrompts } from './ReflectPrompts.tsx';
import { useMyMemberId, useThemes, useTree } from './useValuesTree.ts';
import { writtenSoFar } from './valueWords.ts';

/** The values tree on a phone: write my values alone, then see the tree, vote, and read the shared values. */
export function ParticipantValuesTree() {
  const roomId = useRoomView((view) => view?.id);
  const role = useRoomStore((state) => state.me?.role);
  const memberId = useMyMemberId();
  const tree = useTree();
  const themes = useThemes(tree);
  const headingId = useId();
  if (!roomId || !role) return null;
  const { phase } = tree;
  return (
    <section className="values-phone stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Our values</h2>
      {phase === 'reflect' ? (
        <>
          <p className="lead">Think on your own about what matters to you. Nobody else sees what you write until the host shows everyone’s values together.</p>
          <ReflectPrompts />
          <AddValueForm draftKey={roomKey(role, roomId, 'draft:valuesTree')} />
          <MyNotes tree={tree} memberId={memberId} />
          {tree.revealed ? null : <p className="values-count">{writtenSoFar(tree.noteCount)} by the group</p>}
        </>
      ) : null}
      {phase === 'roots' || phase === 'trunk' ? <PhoneTree tree={tree} themes={themes} /> : null}
      {phase === 'vote' ? <PhoneVote tree={tree} themes={themes} memberId={memberId} /> : null}
      {phase === 'leaves' ? <PhoneLeaves tree={tree} themes={themes} /> : null}
    </section>
  );
}
