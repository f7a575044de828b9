interface TallyBarProps {
  value: number;
  /** The largest count in the table, so bars compare across cards. */
  max: number;
}

/**
 * A count as its number and a bar of matching length. The number is the information; the bar
 * only helps the eye, so screen readers skip it.
 */
export function TallyBar({ value, max }: TallyBarProps) {
  const share = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <span className="tally">
      <span className="tally-number">{value}</span>
      <span className="tally-track" aria-hidden="true">
        <span className="tally-fill" style={{ width: `${share}%` }} />
      </span>
    </span>
  );
}
