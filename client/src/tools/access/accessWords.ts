import type { AccessNeed } from '@roundtable/shared';

/** Each need in the words a phone shows and the console lists. */
export const ACCESS_NEED_WORDS: Record<AccessNeed, string> = {
  breaks: 'Breaks when I need them',
  moreTime: 'More time to think and answer',
  largePrint: 'Large print',
  readToMe: 'Someone to read things out to me',
  writeForMe: 'Someone to write things down for me',
  quietSpace: 'A quiet place to go',
  hearingLoop: 'A hearing loop',
  signLanguage: 'A sign language interpreter',
  stepFree: 'A way in with no steps',
};

/** How the console names someone who gave no name. */
export const NO_NAME = 'Someone who did not give a name';
