import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shortcodeParameters } from '../lib/content-check/template-tags.ts';
import { visit } from '../lib/visit.ts';

export interface RemarkTemplateEmbedsOptions {
  /** A video's link text, from the site's name and the video's title if the tag gives one. Default: English. */
  label?: (site: string, title: string | undefined) => string;
  /** The link text of a gist, a post on X or on Instagram, from the site's name and what names the post there. */
  viewLabel?: (site: string, what: string) => string;
}

/**
 * A site: its name, and the page of what the tag shows, from the tag's parameters, with the player of a video (which
 * starts playing: it loads when the reader asks for it); nothing when the parameters name nothing.
 */
interface Provider {
  site: string;
  urls: (parameters: Parameters) => { page: string; player?: string; what?: string } | undefined;
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
  // Hugo's `{{< gist user id [file] >}}`; Hexo's plugins' `{% gist id %}`: a link, as the gist needs GitHub's script.
  gist: {
    site: 'GitHub Gist',
    urls: ({ positional }) => {
      const [first = '', second] = positional;
      const [user, id] = second === undefined ? [undefined, first] : [first, second];
      if (!/^[\da-f]+$/iu.test(id) || (user !== undefined && !/^[\w-]+$/u.test(user))) return undefined;
      const what = [user ? `${user}/${id}` : id, positional[2]].filter(Boolean).join(' ');
      return { page: `https://gist.github.com/${user ? `${user}/` : ''}${id}`, what };
    },
  },
  // Hugo's `{{< x user="…" id="…" >}}` (`tweet` before Hugo 0.141): a link to the post.
  x: { site: 'X', urls: (parameters) => postOnX(parameters) },
  tweet: { site: 'X', urls: (parameters) => postOnX(parameters) },
  // `{{< instagram id >}}`: a link to the post.
  instagram: {
    site: 'Instagram',
    urls: ({ named, positional }) => {
      const id = named.get('id') ?? positional[0] ?? '';
      return /^[\w-]+$/u.test(id) ? { page: `https://www.instagram.com/p/${id}/`, what: id } : undefined;
    },
  },
};

/** A post on X, by its author and number. */
function postOnX({ named }: Parameters) {
  const [user = '', id = ''] = [named.get('user'), named.get('id')];
  return /^\w+$/u.test(user) && /^\d+$/u.test(id)
    ? { page: `https://x.com/${user}/status/${id}`, what: `@${user}` }
    : undefined;
}

/** A paragraph of one tag: Hexo's `{% youtube … %}` (groups 1, 2) or Hugo's `{{< youtube … >}}` (groups 3, 4). */
const TAG =
  /^\{%-?\s*(youtube|vimeo|bilibili|gist)\s+([^%]*?)\s*-?%\}$|^\{\{[<%]\s*(youtube|vimeo|bilibili|gist|x|tweet|instagram)\s+(.*?)\s*\/?[>%]\}\}$/su;

const english = (site: string, title: string | undefined) =>
  title ? `Watch on ${site}: ${title}` : `Watch on ${site}`;
const englishView = (site: string, what: string) => `View on ${site}: ${what}`;

/**
 * Reads the video tags of Hexo and Hugo, `{% youtube id %}`, `{{< youtube id >}}`, `{{< vimeo id >}}` and
 * `{{< bilibili BV… >}}` (LoveIt, FixIt; Hexo's plugins alike), each a paragraph of its own, into a link to the video's
 * page in a 16:9 frame: `<figure class="embed" data-embed="player URL"><a href="page">…</a></figure>`.
 * The post page's script puts the site's player in its place when the reader follows the link, so a page with videos
 * loads nothing from those sites until then; without JavaScript the link opens the video's page. YouTube's player is
 * the one without cookies, Vimeo's is asked not to track. Gists (`{{< gist user id >}}`), posts on X
 * (`{{< x user="…" id="…" >}}`) and on Instagram (`{{< instagram id >}}`), which need their sites' scripts, become a
 * link to them. A tag whose video or post it cannot read stays text (and the content check warns of it).
 *
 * @example
 *   `{{< bilibili BV1Sx411T7QQ >}}` →
 *   `<figure class="embed embed--bilibili" data-embed="https://player.bilibili.com/player.html?bvid=BV1Sx411T7QQ&p=1&autoplay=1"><a href="https://www.bilibili.com/video/BV1Sx411T7QQ/">Watch on bilibili</a></figure>`
 */
export function remarkTemplateEmbeds(options: RemarkTemplateEmbedsOptions = {}) {
  const label = options.label ?? english;
  const viewLabel = options.viewLabel ?? englishView;
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
      if (urls.player === undefined) {
        // Not a video: a link to it, in its paragraph.
        node.children = [
          {
            type: 'link',
            url: urls.page,
            children: [{ type: 'text', value: viewLabel(provider.site, urls.what ?? '') }],
          },
        ];
        return;
      }
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
