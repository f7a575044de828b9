import { useId } from 'react';

/** Questions to think about, in our own words: a start, never a test. */
const PROMPTS = [
  'What matters most to you when people work together?',
  'Think of a time you felt really listened to. What made it feel that way?',
  'What would make you want to stay involved?',
  'What do you hope everyone here brings to the group?',
  'What makes you feel you can trust a group?',
];

export function ReflectPrompts() {
  const headingId = useId();
  return (
    <section className="values-prompts card" aria-labelledby={headingId}>
      <h3 id={headingId}>Things to think about</h3>
      <ul>
        {PROMPTS.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <p className="hint">Write each thing that matters to you as its own value: a word or a few words.</p>
    </section>
  );
}
