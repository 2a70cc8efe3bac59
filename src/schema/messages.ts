/** `"yes"`, `the number 3`, `a list`, `nothing`: how a value an author wrote is named in messages. */
export function describeValue(input: unknown): string {
  if (input === undefined || input === null) return 'nothing';
  if (typeof input === 'string') return input.trim() === '' ? 'an empty value' : `"${input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'a date that does not exist' : 'a date';
  if (Array.isArray(input)) return 'a list';
  return 'a group of fields';
}

/** `expected text, found nothing — add a line such as title: "…"`: the parts every message has. */
export function expected(what: string, input: unknown, fix: string): string {
  return `expected ${what}, found ${describeValue(input)} — ${fix}`;
}
