import { useId, useRef } from 'react';

interface WordSearchProps {
  query: string;
  onChange: (query: string) => void;
  /** What the search found, in words; '' when nothing is searched for. */
  result: string;
}

/** A search box over the words and meanings. What it found is said politely, never over typing. */
export function WordSearch({ query, onChange, result }: WordSearchProps) {
  const ids = { field: useId(), result: useId() };
  const field = useRef<HTMLInputElement>(null);

  function clearSearch() {
    onChange('');
    // The Clear button goes with the search, so the cursor goes back to the box.
    field.current?.focus();
  }

  return (
    <div className="word-search field" role="search">
      <label htmlFor={ids.field}>Look up a word</label>
      <div className="word-search-row">
        <input
          ref={field}
          id={ids.field}
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={ids.result}
          value={query}
          onChange={(event) => onChange(event.target.value)}
        />
        {query ? (
          <button type="button" className="button button-small" onClick={clearSearch}>
            Clear
          </button>
        ) : null}
      </div>
      <p id={ids.result} role="status" className="word-search-result">
        {result}
      </p>
    </div>
  );
}
