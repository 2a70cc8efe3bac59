import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { cacheDir } from 'astro:config/server';
import { type CollectionEntry, render } from 'astro:content';
import { postHtmlPath } from '../lib/post-html';
import { withPostTitles } from '../lib/post-titles';
import { type Heading, headingsAsWritten } from '../lib/toc';
import { fromBase } from '../lib/urls';
import { postTitles } from './posts';
import { base } from './site-paths';

type Rendered = Awaited<ReturnType<typeof render>>;

/** A post, or a page of its own (`content/pages/`), which Astro's glob loader renders: the same from here on. */
type Entry = CollectionEntry<'blogs'> | CollectionEntry<'pages'>;

/** What a post page shows of a post: its HTML (or, for MDX and posts with images, its component), headings and computed frontmatter. */
export type PostContent = { headings: Heading[]; frontmatter: Record<string, unknown> } & (
  { html: string; Content?: undefined } | { html?: undefined; Content: Rendered['Content'] }
);

/** The HTML the posts loader keeps beside Astro's content store (`htmlFile` in the stored metadata), in Astro's cache folder. */
function storedHtml(entry: Entry): string | undefined {
  const file = entry.rendered?.metadata?.htmlFile;
  if (typeof file !== 'string') return undefined;
  return readFileSync(postHtmlPath(fileURLToPath(cacheDir), file), 'utf8');
}

/**
 * A post as its page renders it: the stored HTML when the loader kept it aside, else what `render()` gives. Throws the
 * fatal problems the Markdown plugins found (`renderErrors`: an image not found…), which Astro only logs: the build
 * stops on them, and the dev server shows them on the post's page (and the feeds), while the other pages and the
 * lists still show.
 */
export async function postContent(entry: Entry): Promise<PostContent> {
  const content = await contentOf(entry);
  const errors = content.frontmatter.renderErrors;
  if (Array.isArray(errors)) throw new Error(errors.join('\n'));
  return content;
}

async function contentOf(entry: Entry): Promise<PostContent> {
  const html = storedHtml(entry);
  if (html !== undefined) {
    // As Astro's `RenderedContent` has it; the collection's entry type leaves the metadata untyped.
    const metadata = entry.rendered!.metadata as {
      headings?: MarkdownHeading[];
      frontmatter?: Record<string, unknown>;
    };
    const frontmatter = metadata.frontmatter ?? {};
    return {
      html: await titled(html, frontmatter),
      headings: headingsAsWritten(metadata.headings ?? [], frontmatter),
      frontmatter,
    };
  }
  const { Content, headings, remarkPluginFrontmatter: frontmatter } = await render(entry);
  // A post with images is rendered as a component; one that shows other posts' titles, to HTML, to put them in.
  const rendered = frontmatter.postLinks
    ? await titled(await (await container()).renderToString(Content), frontmatter)
    : undefined;
  return {
    ...(rendered === undefined ? { Content } : { html: rendered }),
    headings: headingsAsWritten(headings, frontmatter),
    frontmatter,
  };
}

/** Hexo's `{% post_link %}`s without a text of their own show the linked posts' titles (`postPageKey` counts them). */
async function titled(html: string, frontmatter: Record<string, unknown>): Promise<string> {
  if (!frontmatter.postLinks) return html;
  const titles = await postTitles();
  // The HTML's links are under the site's base (`rehypeBase`); the titles are by the posts' paths from its root.
  return withPostTitles(html, (path) => titles.get(fromBase(base, path) ?? path));
}

let containerMade: Promise<AstroContainer> | undefined;

/** One container for the build, to render posts' components to HTML. */
function container(): Promise<AstroContainer> {
  containerMade ??= AstroContainer.create();
  return containerMade;
}
