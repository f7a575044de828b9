import type { RoomState } from '../state.ts';
import { Workshop } from './workshopRoom.ts';

/**
 * A workshop that used the values tree: three people wrote values (Person 2's anonymously), the
 * group sorted them into Care and Truth (one left in no theme), voted, and worded two shared values.
 * `stage` stops it early: before the reveal, or with the votes not shown.
 */
export function valuesTreeRoom(stage: 'written' | 'votesHidden' | 'done' = 'done', values = ['Kindness at the bus stop', 'Being told the truth', 'Fair fares', 'Time to listen']): RoomState {
  const room = new Workshop();
  for (const index of [0, 1, 2]) room.join(index);
  const notes = values.map((text, index) => room.run(room.phone(index % 3), 'valuesTree.addNote', { text, anonymous: index % 3 === 1 }));
  if (stage === 'written') return room.state;
  room.run('facilitator', 'valuesTree.reveal', {});
  const care = room.run('facilitator', 'valuesTree.addTheme', { name: 'Care' });
  const truth = room.run('facilitator', 'valuesTree.addTheme', { name: 'Truth' });
  room.run('facilitator', 'valuesTree.moveNote', { noteId: notes[0], themeId: care, afterNoteId: null });
  room.run('facilitator', 'valuesTree.moveNote', { noteId: notes[3], themeId: care, afterNoteId: notes[0] });
  room.run('facilitator', 'valuesTree.moveNote', { noteId: notes[1], themeId: truth, afterNoteId: null });
  room.run('facilitator', 'valuesTree.setPhase', { phase: 'vote' });
  room.run(room.phone(0), 'valuesTree.vote', { themeId: care, count: 2 });
  room.run(room.phone(1), 'valuesTree.vote', { themeId: truth, count: 3 });
  room.run(room.phone(2), 'valuesTree.vote', { themeId: care, count: 1 });
  room.run('facilitator', 'valuesTree.addLeaf', { text: 'We are kind and honest with each other', themeIds: [care, truth] });
  room.run('facilitator', 'valuesTree.addLeaf', { text: 'We listen first', themeIds: [care] });
  if (stage === 'votesHidden') return room.state;
  room.run('facilitator', 'valuesTree.revealVotes', { revealed: true });
  return room.state;
}
