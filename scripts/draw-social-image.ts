/**
 * Draws the site's default social card (Open Graph / Twitter image, used by
 * posts without a `cover`) from the site config and writes it to
 * `public/social-card.png`. Run after changing the title or description:
 * `npm run social-image`. Needs a CJK font (Debian: fonts-noto-cjk).
 */
import { escapeXml, FONT, writePng } from './lib/svg-image.ts';
import { SOCIAL_CARD } from '../src/lib/social-card.ts';
import { site } from '../src/site.config.ts';

/** Splits `text` into lines of at most `width` characters (CJK text has no spaces to break at). */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

function card(): string {
  const { width, height } = SOCIAL_CARD;
  const description = wrap(site.description, 20)
    .slice(0, 3)
    .map((line, i) => `<tspan x="96" dy="${i === 0 ? 0 : 64}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#fdfcf9"/>
<rect x="0" y="0" width="24" height="${height}" fill="#1d4ed8"/>
<text x="96" y="210" font-family="${FONT}" font-size="96" font-weight="700" fill="#1d1f23">${escapeXml(site.title)}</text>
<text x="96" y="320" font-family="${FONT}" font-size="44" fill="#3a3f47">${description}</text>
<text x="96" y="${height - 72}" font-family="${FONT}" font-size="32" fill="#555a63">${escapeXml(new URL(site.url).host)}</text>
</svg>`;
}

await writePng(card(), new URL(`../public${SOCIAL_CARD.path}`, import.meta.url));
