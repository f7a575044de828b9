export * from './buildReport.ts';
export * from './model.ts';
export { outcomeWords } from './sections/carPark.ts';
export * from './roomFile.ts';
