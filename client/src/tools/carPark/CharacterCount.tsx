interface CharacterCountProps {
  id: string;
  length: number;
  max: number;
}

/** How much room is left. Not a live region: announcing every keystroke would drown people. */
export function CharacterCount({ id, length, max }: CharacterCountProps) {
  const over = length - max;
  return (
    <p id={id} className={over > 0 ? 'count count-over' : 'count'}>
      {over > 0 ? `${over} ${over === 1 ? 'character' : 'characters'} too many` : `${length} of ${max} characters`}
    </p>
  );
}
