import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shortcodeParameters } from '../lib/content-check/template-tags.ts';
import { visit } from '../lib/visit.ts';

export interface RemarkTemplateEmbedsOptions {
  /** The link's text, from the site's name and the video's title if the tag gives one. Default: English. */
  label?: (site: string, title: string | undefined) => string;
}

/** A video site: its name, and the page and the player of a video, from the tag's parameters. */
interface Provider {
  site: string;
  /** The video's page and its player (which starts playing: it loads when the reader asks for it), or nothing. */
  urls: (parameters: Parameters) => { page: string; player: string } | undefined;
}

interface Parameters {
  /** Hugo's named parameters; none for Hexo. */
  named: Map<string, string>;
  positional: string[];
}

const PROVIDERS: Record<string, Provider> = {
  // Hexo: `{% youtube id [video|playlist] [cookie] %}`; Hugo: `{{< youtube id >}}`, `{{< youtube id="…" title="…" >}}`.
  youtube: {
    site: 'YouTube',
    urls: ({ named, positional }) => {
      const id = named.get('id') ?? positional[0] ?? '';
      if (!/^[\w-]{6,}$/u.test(id)) return undefined;
      return positional[1] === 'playlist'
        ? {
            page: `https://www.youtube.com/playlist?list=${id}`,
            player: `https://www.youtube-nocookie.com/embed/videoseries?list=${id}&autoplay=1`,
          }
        : {
            page: `https://www.youtube.com/watch?v=${id}`,
            player: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
          };
    },
  },
  // `{% vimeo id %}`, `{{< vimeo id >}}`, `{{< vimeo id="…" >}}`.
  vimeo: {
    site: 'Vimeo',
    urls: ({ named, positional }) => {
      const id = named.get('id') ?? positional[0] ?? '';
      if (!/^\d+$/u.test(id)) return undefined;
      return { page: `https://vimeo.com/${id}`, player: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` };
    },
  },
  // LoveIt's and FixIt's `{{< bilibili BV1… [p] >}}` or `id=… p=…`; Hexo's plugins' `{% bilibili BV1…|av123 [p] %}`.
  bilibili: {
    site: 'bilibili',
    urls: ({ named, positional }) => {
      const id = named.get('id') ?? positional[0] ?? '';
      const part = Number(named.get('p') ?? positional[1] ?? 1);
      const av = /^(?:av)?(\d+)$/iu.exec(id)?.[1];
      if (!(av || /^BV\w{10}$/u.test(id)) || !Number.isInteger(part) || part < 1) return undefined;
      const video = av ? `av${av}` : id;
      return {
        page: `https://www.bilibili.com/video/${video}/${part > 1 ? `?p=${part}` : ''}`,
        player: `https://player.bilibili.com/player.html?${av ? `aid=${av}` : `bvid=${id}`}&p=${part}&autoplay=1`,
      };
    },
  },
};

/** A paragraph of one tag: Hexo's `{% youtube … %}` (groups 1, 2) or Hugo's `{{< youtube … >}}` (groups 3, 4). */
const TAG =
  /^\{%-?\s*(youtube|vimeo|bilibili)\s+([^%]*?)\s*-?%\}$|^\{\{[<%]\s*(youtube|vimeo|bilibili)\s+(.*?)\s*\/?[>%]\}\}$/su;

const english = (site: string, title: string | undefined) =>
  title ? `Watch on ${site}: ${title}` : `Watch on ${site}`;

/**
 * Reads the video tags of Hexo and Hugo, `{% youtube id %}`, `{{< youtube id >}}`, `{{< vimeo id >}}` and
 * `{{< bilibili BV… >}}` (LoveIt, FixIt; Hexo's plugins alike), each a paragraph of its own, into a link to the video's
 * page in a 16:9 frame: `<figure class="embed" data-embed="player URL"><a href="page">…</a></figure>`.
 * The post page's script puts the site's player in its place when the reader follows the link, so a page with videos
 * loads nothing from those sites until then; without JavaScript the link opens the video's page. YouTube's player is
 * the one without cookies, Vimeo's is asked not to track. A tag whose video it cannot read stays text (and the content
 * check warns of it).
 *
 * @example
 *   `{{< bilibili BV1Sx411T7QQ >}}` →
 *   `<figure class="embed embed--bilibili" data-embed="https://player.bilibili.com/player.html?bvid=BV1Sx411T7QQ&p=1&autoplay=1"><a href="https://www.bilibili.com/video/BV1Sx411T7QQ/">Watch on bilibili</a></figure>`
 */
export function remarkTemplateEmbeds(options: RemarkTemplateEmbedsOptions = {}) {
  const label = options.label ?? english;
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined || node.data?.hName) return;
      // Text alone: not a tag written in code.
      if (!node.children.every((child) => child.type === 'text')) return;
      const match = TAG.exec(toString(node).trim());
      if (!match) return;
      const name = (match[1] ?? match[3])!;
      const text = (match[2] ?? match[4] ?? '').trim();
      const parameters: Parameters = match[1]
        ? { named: new Map(), positional: text.split(/\s+/u) }
        : shortcodeParameters(text);
      const provider = PROVIDERS[name]!;
      const urls = provider.urls(parameters);
      if (!urls) return;
      const figure: Paragraph = {
        type: 'paragraph',
        data: {
          hName: 'figure',
          hProperties: { className: ['embed', `embed--${name}`], dataEmbed: urls.player },
        },
        children: [
          {
            type: 'link',
            url: urls.page,
            children: [{ type: 'text', value: label(provider.site, parameters.named.get('title')) }],
          },
        ],
        position: node.position,
      };
      parent.children[index] = figure;
    });
  };
}
