import { CAR_PARK_TEXT_MAX } from '@roundtable/shared';
import { EditTextForm } from '../../components/EditTextForm.tsx';
import { checkItemText } from './checkItemText.ts';

/** Changing an item's words in place. */
export function EditItemForm({ itemId, text, onClose }: { itemId: string; text: string; onClose: () => void }) {
  return (
    <EditTextForm
      text={text}
      label="Change the item"
      max={CAR_PARK_TEXT_MAX}
      className="edit-item"
      check={checkItemText}
      save={(run, changed) => run('carPark.edit', { itemId, text: changed })}
      onClose={onClose}
    />
  );
}
