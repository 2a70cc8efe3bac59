/**
 * The content part of `npm run check`: validates every post without building
 * (encoding, frontmatter, slugs, local images, links between posts and their
 * anchors, Mermaid diagrams), lists the fields Inkstone ignores, and exits 1 on any error. Fast
 * enough to run on save.
 *
 * Run: `node scripts/check-content.ts` (the build runs the same checks, and
 * then checks every link of the built site).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorsOf, formatErrorReport, formatProblem, sortProblems } from '../src/lib/content-check/problems.ts';
import { publishingFromEnv } from '../src/lib/publishing.ts';
import type { SiteConfig } from '../src/schema/site.ts';

/** The site config, or its problems printed as the build prints them (without a stack trace), and exit 1. */
async function siteConfig(): Promise<SiteConfig> {
  try {
    return (await import('../src/site.config.ts')).site;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const site = await siteConfig();
// After the config, which the Markdown syntax's words are in (by the site's language).
const { checkAllContent } = await import('../src/lib/content-check/index.ts');

const root = process.env.INKSTONE_ROOT ?? fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
const report = await checkAllContent({
  root,
  contentDir: path.join(root, 'content/blogs'),
  timeZone: site.timeZone,
  siteAuthor: site.author,
  publishing: publishingFromEnv(process.env, false, new Date()),
  anchors: true,
  // The build's default cache folder: posts unchanged since the last build or check are not parsed again.
  cacheFile: path.join(root, 'node_modules/.astro/inkstone-posts.json'),
});
const problems = sortProblems(report.problems);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

for (const problem of problems.filter((p) => p.severity !== 'error')) {
  console.log(`${problem.severity === 'warning' ? 'warning' : 'ignored'}  ${formatProblem(problem)}`);
}
const errors = errorsOf(problems);
const ms = Math.round(performance.now() - started);
if (errors.length > 0) {
  console.error(formatErrorReport(errors, 'in the content'));
  process.exit(1);
}
const warnings = problems.filter((p) => p.severity === 'warning').length;
const ignored = problems.length - warnings;
console.log(
  `content: ${count(report.posts.length, 'post')}${report.pages.length > 0 ? ` and ${count(report.pages.length, 'page')}` : ''} checked in ${ms} ms, no errors, ${count(warnings, 'warning')}, ${count(ignored, 'ignored field')}`,
);
