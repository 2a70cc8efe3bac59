/** A language of ISO 639, two or three letters: BCP 47's longer primary subtags (`english`) name no language. */
const PRIMARY_LANGUAGE = /^[a-z]{2,3}(?:-|$)/u;

/**
 * `tag` in its canonical form when it is a well-formed BCP 47 language tag (`zh-cn` → `zh-CN`, `EN` → `en`), checked
 * by the runtime's `Intl.getCanonicalLocales`; `undefined` otherwise (`english`, `zh_CN`, an empty string).
 *
 * @example
 * canonicalLanguageTag('zh-hans-cn'); // → 'zh-Hans-CN'
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && PRIMARY_LANGUAGE.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
