/**
 * Dates and counts in plain words. The interface is written in British English, so dates use
 * the en-GB style ("3 December 2026", "14:05") whatever the device's settings.
 */
const LOCALE = 'en-GB';

const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long' });
/** Calendar dates are read in UTC, so a `YYYY-MM-DD` never slips to the day before. */
const calendarFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "at 14:05" today, "on 3 December at 14:05" on any other day. `ms` is a Unix time in ms. */
export function whenSaid(ms: number, now: Date = new Date()): string {
  const date = new Date(ms);
  const time = timeFormat.format(date);
  return sameDay(date, now) ? `at ${time}` : `on ${dayFormat.format(date)} at ${time}`;
}

/** `2026-12-03` as "3 December 2026". Returns the input unchanged if it is not such a date. */
export function calendarDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : calendarFormat.format(date);
}

/** Today as `YYYY-MM-DD` in the device's own time zone, for the smallest date a picker offers. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 person", "3 people": `one` and `many` are the singular and plural words. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The join page's address without the protocol, short enough to type: `192.168.1.20:3000/join`. */
export function joinPageAddress(joinLink: string): string {
  const { host } = new URL(joinLink);
  return `${host}/join`;
}
