import { CARD_TEXT_MAX } from '@roundtable/shared';
import { EditTextForm } from '../../components/EditTextForm.tsx';
import { checkCardText } from './checkText.ts';

/** Changing a card's words in place. */
export function EditCardForm({ cardId, text, onClose }: { cardId: string; text: string; onClose: () => void }) {
  return (
    <EditTextForm
      text={text}
      label="Change the words"
      max={CARD_TEXT_MAX}
      className="edit-card"
      check={checkCardText}
      save={(run, changed) => run('definitions.editCard', { cardId, text: changed })}
      onClose={onClose}
    />
  );
}
