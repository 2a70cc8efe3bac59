import type { SiteConfig } from '../schema/site.ts';

/** A license: its name (`CC BY-NC-SA 4.0`) and, when it has one, the address of its text, as the site config has it. */
export type License = NonNullable<SiteConfig['license']>;

/** Where a reposted or translated post was first published (`source` in its frontmatter). */
export interface PostSource {
  url: string;
  author?: string;
  title?: string;
}

/** What the notice under a post says of it: the terms it may be shared on, and the original when it has one. */
export interface PostTerms {
  /** None for a post from elsewhere without a license of its own: the original's terms hold, and they are not known. */
  license?: License;
  source?: PostSource;
}

/**
 * The terms of a post whose frontmatter has `license` (`false` for no notice) and `source`, on a site whose posts are
 * published under `siteLicense`: its own license, else the site's, which does not apply to a post from elsewhere.
 * Undefined when the post has no notice: `license: false`, or nothing to say.
 *
 * @example
 * postTerms({}, { name: 'CC BY-NC-SA 4.0' }) // { license: { name: 'CC BY-NC-SA 4.0' } }
 * postTerms({ source: { url: 'https://example.com/a' } }, { name: 'CC BY-NC-SA 4.0' }) // { source: { url: … } }
 */
export function postTerms(
  { license, source }: { license?: License | false; source?: PostSource },
  siteLicense: License | undefined,
): PostTerms | undefined {
  if (license === false) return undefined;
  if (source) return license ? { license, source } : { source };
  const terms = license ?? siteLicense;
  return terms && { license: terms };
}

/** `CC BY 4.0 (https://…)`: a license as one line of text. */
export const licenseText = ({ name, url }: License): string => (url ? `${name} (${url})` : name);

/**
 * The rights of a post as feeds give them (Atom's `rights`), text: `© 张三 · CC BY 4.0 (https://…)`. The holder is
 * the original's author for a post from elsewhere, else `author`; `unknown` when there is neither a holder nor a
 * license to name (a post from elsewhere whose author is not given).
 */
export function rightsText(terms: PostTerms, author: string, unknown: string): string {
  const holder = terms.source ? terms.source.author : author;
  const parts = [holder && `© ${holder}`, terms.license && licenseText(terms.license)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : unknown;
}
