/** Accepted authored forms: `3 min read`, `3 分钟`, `3 分鐘`. */
export const READ_TIME_PATTERN = /^(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?(?:\s+read)?|分[钟鐘])$/iu;

/** Reading speeds; prose in CJK is read by characters, Latin text by words. */
export interface ReadingRates {
  /** CJK characters read per minute. */
  cjkPerMinute: number;
  /** Latin words read per minute. */
  wordsPerMinute: number;
  /** Code counts this fraction of its length. */
  codeWeight: number;
}

export const DEFAULT_RATES: ReadingRates = { cjkPerMinute: 400, wordsPerMinute: 230, codeWeight: 0.3 };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Minutes it takes to read `text`, before rounding. */
export function minutesToRead(text: string, rates: ReadingRates = DEFAULT_RATES): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk / rates.cjkPerMinute + words / rates.wordsPerMinute;
}

/** Prose and code are counted apart; code weighs less. */
export function readingMinutes(
  { prose, code }: { prose: string; code: string },
  rates: ReadingRates = DEFAULT_RATES,
): number {
  const minutes = minutesToRead(prose, rates) + minutesToRead(code, rates) * rates.codeWeight;
  return Math.max(1, Math.round(minutes));
}

/** `3 min read`: the same form authors write. */
export function formatReadTime(minutes: number): string {
  return `${minutes} min read`;
}

/** Minutes of an authored read time, e.g. 3 for `3 分钟`. */
export function parseReadTime(value: string): number | undefined {
  const match = READ_TIME_PATTERN.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}
