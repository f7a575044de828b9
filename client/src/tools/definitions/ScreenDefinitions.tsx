import { useRoomView } from '../../sync/optimistic.ts';
import { ScreenCards } from './ScreenCards.tsx';
import { ScreenDefinitionStage } from './ScreenDefinitionStage.tsx';

/** Definition cards on the projector, as the host's stage says: the cards, or the group's definition. */
export function ScreenDefinitions() {
  const stage = useRoomView((view) => view?.definitions.stage ?? 'cards');
  return stage === 'cards' ? <ScreenCards /> : <ScreenDefinitionStage />;
}
