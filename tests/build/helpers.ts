import path from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { site } from '../../src/site.config.ts';
import type { ExpectedPost } from './invariants.ts';

/** The posts a production build of the fixture at `root` publishes at `now`, from its sources. */
export function publishedPosts(root: string, now: string, future = false): ExpectedPost[] {
  const report = checkContent({
    root,
    contentDir: path.join(root, 'content/blogs'),
    timeZone: site.timeZone,
    publishing: { now: new Date(now), drafts: false, future },
  });
  return report.posts
    .filter((p) => p.published)
    .map((p) => ({ slug: p.slug, category: p.data.category, tags: p.data.tags, unlisted: p.data.unlisted }));
}

/** The problem lines of a failed build's report (`  content/blogs/a.md:3  title: …`), in order. */
export function reportedProblems(output: string): string[] {
  const start = output.search(/^\d+ problems? in /mu);
  if (start === -1) return [];
  const lines = output.slice(start).split('\n').slice(1);
  const end = lines.findIndex((line) => !line.startsWith('  '));
  return (end === -1 ? lines : lines.slice(0, end)).map((line) => line.slice(2));
}

/** A post with valid frontmatter and `body`; `extra` adds frontmatter lines. */
export function post(title: string, body = '', extra = '', date = '2025-01-15'): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\ncategory: 测试\n${extra}---\n\n${body}\n`;
}
