/**
 * The notice of a post last changed on `last` (an ISO date, `2025-02-08`), shown at `now` (ms since the epoch) when
 * the post is at least `afterDays` old: `template` with `{ago}` replaced by how long ago, in whole years, months or
 * days, in `locale` (`本文最后更新于2年前…`). Undefined while the post is younger, or when `afterDays` is 0.
 *
 * Self-contained (no imports, nothing from outside but `Intl`): the post page runs its source inline, before the text
 * below it is laid out, so that the notice moves nothing once shown.
 *
 * @example
 * outdatedText('2024-01-01', Date.parse('2026-02-01'), 365, '更新于{ago}', 'zh-CN'); // '更新于2年前'
 */
export function outdatedText(
  last: string,
  now: number,
  afterDays: number,
  template: string,
  locale: string,
): string | undefined {
  const days = Math.floor((now - Date.parse(last)) / 86_400_000);
  if (!(afterDays > 0 && days >= afterDays)) return undefined;
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    days >= 365 ? [Math.floor(days / 365), 'year'] : days >= 30 ? [Math.floor(days / 30), 'month'] : [days, 'day'];
  return template.replace('{ago}', new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-value, unit));
}
