import { useId, useRef, useState } from 'react';
import { isCalm, TEXT_SIZES, type TextSize } from './displayChoices.ts';
import { useDisplayChoices } from './useDisplayChoices.ts';

const TEXT_SIZE_LABEL: Record<TextSize, string> = {
  100: 'Normal',
  150: 'Bigger',
  200: 'Biggest (twice as big)',
};

/**
 * The "Display" button in every page's header and the choices it opens: text size, high
 * contrast, calm mode and more space between letters. Opens in the page's flow, so it pushes
 * the page down instead of covering it.
 */
export function DisplayChoices({ onScreen = false }: { onScreen?: boolean }) {
  const [open, setOpen] = useState(false);
  const [choices, setChoice] = useDisplayChoices();
  const panelId = useId();
  const sizeName = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <div className={onScreen ? 'display-choices is-on-screen' : 'display-choices'}>
      <button
        ref={toggle}
        type="button"
        className="button button-quiet display-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Display
      </button>
      <div id={panelId} className="display-panel" role="group" aria-label="Display choices" hidden={!open}>
        <p className="hint">These choices change how Roundtable looks on this device only. It remembers them here.</p>
        <fieldset className="display-sizes">
          <legend>Text size</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} className="check">
              <input
                type="radio"
                name={sizeName}
                checked={choices.textSize === size}
                onChange={() => setChoice('textSize', size)}
              />
              <span>{TEXT_SIZE_LABEL[size]}</span>
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={choices.highContrast} onChange={(event) => setChoice('highContrast', event.target.checked)} />
          <span>High contrast: black and white, with strong edges</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={isCalm(choices)} onChange={(event) => setChoice('calm', event.target.checked)} />
          <span>Calm: nothing moves or slides</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.wideSpacing} onChange={(event) => setChoice('wideSpacing', event.target.checked)} />
          <span>More space between letters, words and lines</span>
        </label>
        <button type="button" className="button button-quiet" onClick={close}>
          Close display choices
        </button>
      </div>
    </div>
  );
}
