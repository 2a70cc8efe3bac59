import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from './visit.ts';
import { hasClass } from './has-class.ts';

/** Elements that only work on the page itself: scripts, styles, buttons (copy code), templates. */
const PAGE_ONLY = new Set(['script', 'style', 'button', 'template', 'noscript']);

/**
 * Feed readers show a post without the site's CSS, so what the CSS hides would show: text for screen
 * readers only (`visually-hidden`) and what is hidden from them (`aria-hidden`: icons, KaTeX's visual
 * copy of the MathML it also writes) go too.
 */
function isPageOnly(element: Element): boolean {
  return (
    PAGE_ONLY.has(element.tagName) || element.properties.ariaHidden === 'true' || hasClass(element, 'visually-hidden')
  );
}

/** A link with nothing left to click, like a heading's anchor once its icon is gone. */
function isEmptyLink(element: Element): boolean {
  return (
    element.tagName === 'a' && toString(element).trim() === '' && !element.children.some((c) => c.type === 'element')
  );
}

/** Attributes holding one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** `a.png 1x, /b.png 2x` with each URL made absolute. */
function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/u);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

function rewrite(element: Element, base: string) {
  const { properties } = element;
  for (const name of URL_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = absolute(value, base);
  }
  for (const name of ['srcSet', 'imageSrcSet'] as const) {
    const value = properties[name];
    // hast keeps a srcset as its list of candidates; `String()` joins them back with commas.
    if (typeof value === 'string' || Array.isArray(value)) properties[name] = absoluteSrcset(String(value), base);
  }
}

/**
 * A post's rendered HTML as a feed reader needs it: every link and image
 * absolute (relative to `pageUrl`) and nothing that only works or only makes
 * sense with the site's scripts and CSS.
 *
 * @example
 *   feedHtml('<img src="/_astro/a.webp"><button>Copy</button>', 'https://example.com/blogs/a/')
 *   === '<img src="https://example.com/_astro/a.webp">'
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (isPageOnly(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    rewrite(node, pageUrl);
    return undefined;
  });
  visit(tree, 'element', (node, index, parent) => {
    if (!isEmptyLink(node) || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return toHtml(tree);
}

/** Plain text as HTML that shows it as text (`<img onerror>` stays visible text), for feed fields read as HTML. */
export function textAsHtml(text: string): string {
  return toHtml({ type: 'text', value: text });
}

/**
 * Text as the content of an XML element written into an RSS feed's `customData`, with the entities XML names:
 * `@astrojs/rss` reads that XML and writes it again, decoding `&lt;` but not `&#x3C;`, which would come out as
 * `&amp;#x3C;`.
 */
export function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `feed` escapes only `&` in Atom `<category>` attributes; a category such as `<b>` would make the XML invalid. */
export function escapeAtomCategoryAttributes(xml: string): string {
  return xml.replace(/<category((?:\s+[\w:]+="[^"]*")+)\s*\/>/gu, (_, attributes: string) => {
    const escaped = attributes.replace(
      /="([^"]*)"/gu,
      (__, value: string) => `="${value.replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}"`,
    );
    return `<category${escaped}/>`;
  });
}
