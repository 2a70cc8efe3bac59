/**
 * Post dates are calendar dates. A date-only value (`2025-02-08`) is stored
 * as midnight UTC of that day and must show as that day everywhere; a
 * date-time is an instant, shown as its calendar day in the site's time zone.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2025-02-08`, a day that exists. */
export function isCalendarDateString(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2025-02-08T09:30:00+08:00` and friends, with a real day and time. */
export function isDateTimeString(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [hours, minutes, seconds] = [match[4], match[5], match[6] ?? '0'].map(Number);
  return (
    isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) && hours! < 24 && minutes! < 60 && seconds! < 60
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One `Intl.DateTimeFormat` per locale and options: making one costs far more than using it, and lists format thousands of dates. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The numeric fields of `instant` on the wall clock of `timeZone`: `wallClock(…)('year')` → 2025. */
function wallClock(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const parts = formatter('en-US', { timeZone, ...options }).formatToParts(instant);
  return (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const part = wallClock(instant, timeZone, {
    ...DAY,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * Parses an ISO date or date-time. A date-time without an offset is read in
 * `timeZone` (the site's), never in the build machine's zone.
 */
export function parsePostDate(value: string, timeZone: string): Date {
  const match = DATE_TIME.exec(value);
  if (!match || match[7]) return new Date(value);
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((n) => Number(n ?? 0));
  const wallClock = Date.UTC(year!, month! - 1, day!, hours, minutes, seconds);
  const offset = zoneOffsetMinutes(new Date(wallClock), timeZone);
  return new Date(wallClock - offset * 60_000);
}

/** A day in the calendar, independent of any time zone. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function isDateOnly(date: Date): boolean {
  return (
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0
  );
}

/** The calendar day a post date stands for, in `timeZone` for date-times. */
export function toCalendarDate(date: Date, timeZone: string): CalendarDate {
  return dayIn(date, isDateOnly(date) ? 'UTC' : timeZone);
}

/** The calendar day an instant falls on in `timeZone`, with no date-only rule. */
function dayIn(date: Date, timeZone: string): CalendarDate {
  const part = wallClock(date, timeZone, DAY);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = ({ year, month, day }: CalendarDate) => `${year}-${pad(month)}-${pad(day)}`;

/** `2025-02-08`, for `<time datetime>` and sitemaps. */
export function toIsoDate(date: Date, timeZone: string): string {
  return isoOf(toCalendarDate(date, timeZone));
}

/** `2025-02-08`: the day an instant (such as "now") falls on in `timeZone`. */
export function isoDayOfInstant(instant: Date, timeZone: string): string {
  return isoOf(dayIn(instant, timeZone));
}

function calendarToUtc({ year, month, day }: CalendarDate): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** `2025年2月8日` (zh-CN) or `8 February 2025` (en). */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return formatter(locale === 'en' ? 'en-GB' : locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(calendarToUtc(toCalendarDate(date, timeZone)));
}

/** `二月` / `February`: the month's name in the site language. */
export function formatMonth(month: number, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}
