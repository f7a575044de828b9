import { useEffect, useRef, useState } from 'react';

interface ReadAloudProps {
  /** The words to read. */
  text: string;
  /** What is read, for screen readers: "this card" makes "Read aloud this card". */
  what: string;
}

/** The browser's own voice, on the device: nothing is sent anywhere to be spoken. */
function speechOnDevice(): SpeechSynthesis | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
    return null;
  }
  return window.speechSynthesis;
}

/** A button that reads some words aloud with the device's speech, and stops when pressed again. */
export function ReadAloud({ text, what }: ReadAloudProps) {
  const [reading, setReading] = useState(false);
  const spoken = useRef<SpeechSynthesisUtterance | null>(null);
  const speech = speechOnDevice();

  useEffect(
    () => () => {
      // Leaving the page part that is being read stops the voice, so it does not read on unseen.
      if (spoken.current !== null) speechOnDevice()?.cancel();
    },
    [],
  );

  if (speech === null || text.trim() === '') return null;

  function finished(utterance: SpeechSynthesisUtterance) {
    if (spoken.current !== utterance) return;
    spoken.current = null;
    setReading(false);
  }

  function toggle(voice: SpeechSynthesis) {
    if (reading) {
      spoken.current = null;
      setReading(false);
      voice.cancel();
      return;
    }
    // One voice at a time: starting here stops any other reading on the page.
    voice.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    utterance.onend = () => finished(utterance);
    utterance.onerror = () => finished(utterance);
    spoken.current = utterance;
    setReading(true);
    voice.speak(utterance);
  }

  return (
    <button type="button" className="button button-quiet read-aloud" onClick={() => toggle(speech)}>
      {reading ? 'Stop reading ' : 'Read aloud '}
      <span className="visually-hidden">{what}</span>
    </button>
  );
}
