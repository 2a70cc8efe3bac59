import type { Element } from 'hast';
import { s } from 'hastscript';

/** The five callout styles, named after GitHub's alerts. */
export const CALLOUT_STYLES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutStyle = (typeof CALLOUT_STYLES)[number];

/** Type names of Obsidian, Docusaurus and VitePress, lower-cased, and the style each is drawn in. */
const ALIASES: Record<string, CalloutStyle> = {
  info: 'note',
  todo: 'note',
  quote: 'note',
  cite: 'note',
  details: 'note',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  abstract: 'tip',
  summary: 'tip',
  tldr: 'tip',
  example: 'important',
  question: 'warning',
  help: 'warning',
  faq: 'warning',
  attention: 'warning',
  danger: 'caution',
  error: 'caution',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
  bug: 'caution',
};

/** The style of a callout type as written (`NOTE`, `tip`, `bug`), or undefined when unknown. */
export function calloutStyle(type: string): CalloutStyle | undefined {
  const name = type.toLowerCase();
  return (CALLOUT_STYLES as readonly string[]).includes(name) ? (name as CalloutStyle) : ALIASES[name];
}

const ICON_PATHS: Record<CalloutStyle, string[]> = {
  note: ['M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z', 'M8 7.25v4', 'M8 4.5v.5'],
  tip: [
    'M6 14h4',
    'M6.25 12h3.5',
    'M8 1.75a4 4 0 0 0-2.4 7.2c.5.4.7.9.7 1.5v.05h3.4v-.05c0-.6.2-1.1.7-1.5A4 4 0 0 0 8 1.75z',
  ],
  important: ['M2.25 2.75h11.5v8.5h-6l-3.25 2.5v-2.5H2.25z', 'M8 5v3', 'M8 9.75v.25'],
  warning: ['M8 1.75 14.75 13.5H1.25z', 'M8 6v3.5', 'M8 11.25v.25'],
  caution: ['M5.25 1.5h5.5l3.75 3.75v5.5l-3.75 3.75h-5.5L1.5 10.75v-5.5z', 'M8 4.75v4', 'M8 10.75v.25'],
};

/** The inline SVG icon of a style: decorative, so hidden from assistive technology. */
export function calloutIcon(style: CalloutStyle): Element {
  return s(
    'svg',
    {
      viewBox: '0 0 16 16',
      width: 16,
      height: 16,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      ariaHidden: 'true',
      focusable: 'false',
    },
    ICON_PATHS[style].map((d) => s('path', { d })),
  );
}
