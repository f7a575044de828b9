/**
 * Example agreements, kept hidden until the facilitator asks for them: prompts for a group that
 * is stuck for ideas. A group's agreements must be its own, so these are never adopted as they
 * stand (the reducer refuses a proposal that repeats one word for word); people change them
 * into their own words first.
 */
export const EXAMPLE_AGREEMENTS: readonly string[] = [
  'We treat each other as equals, whatever our job or experience.',
  'We listen without interrupting and give everyone time to finish.',
  'Everyone’s experience is valid, even when we disagree with it.',
  'We speak in plain words and explain any word someone does not know.',
  'What people share about their lives stays in this room.',
  'It is fine to take a break, leave the room or pass on a question.',
  'We challenge ideas, not people.',
  'We say when something is not working for us, so we can change it.',
  'We start and finish on time, and say so when that is hard for us.',
  'Decisions we make together are fed back to everyone who took part.',
];
