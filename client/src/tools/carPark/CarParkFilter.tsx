export type ItemFilter = 'all' | 'open' | 'decided';

interface CarParkFilterProps {
  value: ItemFilter;
  counts: Record<ItemFilter, number>;
  onChange: (filter: ItemFilter) => void;
}

const OPTIONS: { value: ItemFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Not decided yet' },
  { value: 'decided', label: 'Decided' },
];

/** Lets the facilitator see only the items still waiting for an outcome. */
export function CarParkFilter({ value, counts, onChange }: CarParkFilterProps) {
  return (
    <fieldset className="segmented segmented-small">
      <legend>Show</legend>
      <div className="segments">
        {OPTIONS.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name="car-park-filter"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{`${option.label} (${counts[option.value]})`}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
