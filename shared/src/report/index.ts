export * from './buildReport.ts';
export * from './model.ts';
export { outcomeWords } from './sections/carPark.ts';
export * from './roomFile.ts';
export { COLUMN_WORDS, QUADRANT_WORDS } from './sections/stakeholders.ts';
