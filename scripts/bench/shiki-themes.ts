/**
 * Which Shiki themes a site's Markdown pipeline highlights with, found by
 * rendering one code block through it: the themes may come from
 * `markdown.shikiConfig` or from a rehype plugin's own defaults, and the
 * rendered `<pre class="… github-light github-dark">` names them either way.
 */
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { bundledThemes } from 'shiki';
import { sharedOptions } from './markdown-profile.ts';
import type { ShikiThemes } from './reference-site.ts';

/** Theme names in the class of the first `<pre>` of `html`, in order. */
export function themesInHtml(html: string): string[] {
  const classes = /<pre\b[^>]*\bclass="([^"]*)"/.exec(html)?.[1] ?? '';
  return classes.split(/\s+/).filter((name) => name in bundledThemes);
}

/** The reference's `shikiConfig` for the themes `config` renders code with (Astro's default when none is found). */
export async function shikiThemesOf(config: AstroUserConfig, contentFile: string): Promise<ShikiThemes> {
  const processor = config.markdown?.processor ?? unified();
  const renderer = await processor.createRenderer(sharedOptions(config));
  const { code } = await renderer.render('```js\nconst a = 1;\n```\n', { fileURL: pathToFileURL(contentFile) });
  const [light, dark] = themesInHtml(code);
  if (light && dark) return { themes: { light, dark } };
  return light ? { theme: light } : {};
}
