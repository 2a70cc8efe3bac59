/**
 * Walks `fixtures/<plugin>/<case>/`: renders `input.md` through the plugin's
 * pipeline, with the options in `config.json` if any, and compares the HTML
 * with `output.html`, the messages with `messages.txt` and the frontmatter the
 * plugins computed for Astro with `frontmatter.json`, and what a plugin hands its
 * `report` option with `reported.json`. An `input.mdx` is
 * parsed as MDX and only the remark plugins run: the tree they leave is
 * written back as MDX and compared with `output.mdx`.
 * `UPDATE=1 npx vitest run tests/markdown` rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/data/markdown.ts';
import { remarkCallouts } from '../../src/markdown/remark-callouts.ts';
import { remarkCodeGroups } from '../../src/markdown/remark-code-groups.ts';
import { remarkComments } from '../../src/markdown/remark-comments.ts';
import { remarkDirectiveFallback } from '../../src/markdown/remark-directive-fallback.ts';
import { remarkExcerpt } from '../../src/markdown/remark-excerpt.ts';
import { remarkHeadingCustomIds } from '../../src/markdown/remark-heading-custom-ids.ts';
import { remarkHighlights } from '../../src/markdown/remark-highlights.ts';
import { remarkLineEndings } from '../../src/markdown/remark-line-endings.ts';
import { remarkLooseContainers } from '../../src/markdown/remark-loose-containers.ts';
import { remarkMarkdownLinks } from '../../src/markdown/remark-markdown-links.ts';
import { remarkPostFacts } from '../../src/markdown/remark-post-facts.ts';
import { remarkPostFiles } from '../../src/markdown/remark-post-files.ts';
import { remarkPostImages } from '../../src/markdown/remark-post-images.ts';
import { remarkReadingTime } from '../../src/markdown/remark-reading-time.ts';
import { remarkTabs } from '../../src/markdown/remark-tabs.ts';
import { remarkTemplateContainers } from '../../src/markdown/remark-template-containers.ts';
import { remarkTemplateEscapes } from '../../src/markdown/remark-template-escapes.ts';
import { remarkTemplateEmbeds } from '../../src/markdown/remark-template-embeds.ts';
import { remarkTemplateFigures } from '../../src/markdown/remark-template-figures.ts';
import { remarkTemplateLinks } from '../../src/markdown/remark-template-links.ts';
import { remarkTemplateVerbatim } from '../../src/markdown/remark-template-verbatim.ts';
import { remarkWikiLinks } from '../../src/markdown/remark-wiki-links.ts';
import { rehypeBase } from '../../src/markdown/rehype-base.ts';
import { rehypeCodeFrame } from '../../src/markdown/rehype-code-frame.ts';
import { rehypeDiagrams } from '../../src/markdown/rehype-diagrams.ts';
import { rehypeHeadingAnchors } from '../../src/markdown/rehype-heading-anchors.ts';
import { rehypeHeadingHtml } from '../../src/markdown/rehype-heading-html.ts';
import { rehypeHeadingIds } from '../../src/markdown/rehype-heading-ids.ts';
import { rehypeHeadingTexts } from '../../src/markdown/rehype-heading-texts.ts';
import { rehypeKatexMemo } from '../../src/markdown/rehype-katex-memo.ts';
import { rehypeMathPunctuation } from '../../src/markdown/rehype-math-punctuation.ts';
import { rehypeOutboundLinks } from '../../src/markdown/rehype-outbound-links.ts';
import { rehypePostImages } from '../../src/markdown/rehype-post-images.ts';
import { formatMessage } from '../../src/markdown/rehype-report.ts';
import { rehypeSetAside } from '../../src/markdown/rehype-set-aside.ts';
import { rehypeShiki } from '../../src/markdown/rehype-shiki.ts';
import { rehypeTableAlign } from '../../src/markdown/rehype-table-align.ts';
import { rehypeTaskListLabels } from '../../src/markdown/rehype-task-list-labels.ts';

type Config = Record<string, unknown>;

interface Pipeline {
  /** `report` collects what a plugin reports through an option of that name, for `reported.json`. */
  remark?: (config: Config, caseDir: string, report: (value: unknown) => void) => PluggableList;
  rehype?: (config: Config) => PluggableList;
  /** remark-rehype options. */
  bridge?: (config: Config) => Record<string, unknown>;
}

const directives: PluggableList = [remarkDirective, remarkLooseContainers];

/** What runs for each plugin folder: the plugin, and what it needs around it. */
const pipelines: Record<string, Pipeline> = {
  'remark-callouts': { remark: (config) => [...directives, [remarkCallouts, config], remarkDirectiveFallback] },
  // As in the site's syntax: before the callouts; with the code frames, which take each block's label as its title.
  'remark-code-groups': {
    remark: (config) => [...directives, [remarkCodeGroups, config], [remarkCallouts, markdownText.callouts]],
    rehype: () => [rehypeCodeFrame],
  },
  // With the facts the content check reads: it reads nothing in a comment.
  'remark-comments': {
    remark: (_config, _caseDir, report) => [
      remarkComments,
      [
        remarkPostFacts,
        { report: ({ images, links }: { images: unknown; links: unknown }) => report({ images, links }) },
      ],
    ],
  },
  'remark-directive-fallback': { remark: (config) => [...directives, [remarkDirectiveFallback, config]] },
  'remark-excerpt': { remark: (config) => [[remarkExcerpt, config]] },
  // As in the site's syntax: after the directives, whose fallback gives `:tada:` back as text.
  'remark-gemoji': { remark: () => [...directives, remarkDirectiveFallback, remarkGemoji] },
  'remark-gfm': { bridge: (config) => ({ ...markdownText.footnotes, ...config }) },
  // First in the site's pipeline, before GFM and math too; here after them, as the harness parses with GFM first.
  'remark-line-endings': { remark: () => [remarkMath, remarkLineEndings] },
  // As in the site's pipeline: after the syntax plugins.
  'remark-post-facts': {
    remark: (_config, _caseDir, report) => [remarkMath, remarkHeadingCustomIds, [remarkPostFacts, { report }]],
  },
  // With the ids of the headings without one of their own, as in the site's pipeline.
  'remark-heading-custom-ids': { remark: () => [remarkHeadingCustomIds], rehype: () => [rehypeHeadingIds] },
  'remark-highlights': { remark: () => [remarkHighlights] },
  'remark-reading-time': { remark: (config) => [remarkMath, [remarkReadingTime, config]] },
  // With the site's words, and the outbound links' class, which the stylesheet leaves off videos.
  'remark-template-embeds': {
    remark: () => [[remarkTemplateEmbeds, markdownText.embeds]],
    rehype: () => [[rehypeOutboundLinks, { site: 'https://example.com' }]],
  },
  // With the facts the content check reads: its link check sees the links.
  'remark-template-links': {
    remark: (_config, _caseDir, report) => [
      remarkTemplateLinks,
      [remarkPostFacts, { report: (facts: { links: unknown }) => report(facts.links) }],
    ],
  },
  // After the facts the content check reads, as in the site's pipeline: it warns of none of the shortcodes shown.
  'remark-template-escapes': {
    remark: (_config, _caseDir, report) => [
      [remarkPostFacts, { report: (facts: { templateTags: unknown }) => report(facts.templateTags) }],
      remarkTemplateEscapes,
    ],
  },
  // With the facts the content check reads: it checks the links and the images, at their lines.
  'remark-wiki-links': {
    remark: (config, _caseDir, report) => [
      [remarkWikiLinks, config],
      [
        remarkPostFacts,
        { report: ({ links, images }: { links: unknown; images: unknown }) => report({ links, images }) },
      ],
    ],
  },
  // With the facts the content check reads: its link check sees the posts' pages, at the links' lines.
  'remark-markdown-links': {
    remark: (_config, _caseDir, report) => [
      remarkMarkdownLinks,
      [remarkPostFacts, { report: (facts: { links: unknown }) => report(facts.links) }],
    ],
  },
  // With the images' figures, as in the site's pipeline.
  'remark-template-figures': { remark: () => [remarkTemplateFigures], rehype: () => [rehypePostImages] },
  // With KaTeX (its MathML alone, to keep the fixtures short), the diagrams, the code frames and Shiki, which render
  // what it reads, and the template tags the content check finds left.
  'remark-template-verbatim': {
    remark: (_config, _caseDir, report) => [
      remarkMath,
      remarkTemplateVerbatim,
      [remarkPostFacts, { report: (facts: { templateTags: unknown }) => report(facts.templateTags) }],
    ],
    rehype: () => [[rehypeKatex, { strict: 'ignore', output: 'mathml' }], rehypeDiagrams, rehypeCodeFrame, rehypeShiki],
  },
  // As in the site's syntax: before the callouts, which render what it reads.
  'remark-template-containers': {
    remark: () => [
      ...directives,
      remarkTemplateContainers,
      [remarkCallouts, markdownText.callouts],
      remarkDirectiveFallback,
    ],
  },
  // As in the site's syntax: before the callouts, which warn of a `tabs` they are left, and with the code frames.
  'remark-tabs': {
    remark: (config) => [
      ...directives,
      remarkCodeGroups,
      [remarkTabs, config],
      [remarkCallouts, markdownText.callouts],
      remarkDirectiveFallback,
    ],
    rehype: () => [rehypeCodeFrame],
  },
  'remark-post-files': {
    // As the images': each case folder is the content root (with its own `public/`) of a project holding all the cases.
    remark: (_config, caseDir, report) => [
      [
        remarkPostFiles,
        {
          contentRoot: caseDir,
          projectRoot: path.dirname(caseDir),
          publicDir: path.join(caseDir, 'public'),
          linked: report,
        },
      ],
    ],
  },
  'remark-post-images': {
    // Each case folder is the content root (with its own `public/`) of a project holding all the cases.
    remark: (config, caseDir) => [
      [
        remarkPostImages,
        {
          contentRoot: caseDir,
          projectRoot: path.dirname(caseDir),
          publicDir: path.join(caseDir, 'public'),
          ...config,
        },
      ],
    ],
    rehype: (config) => [[rehypePostImages, config]],
  },
  // With KaTeX and Shiki, whose output it leaves alone.
  'rehype-base': {
    remark: () => [remarkMath],
    rehype: (config) => [[rehypeKatex, { strict: 'ignore', output: 'mathml' }], rehypeShiki, [rehypeBase, config]],
  },
  'rehype-heading-html': {
    remark: () => [remarkMath],
    bridge: () => markdownText.footnotes,
    // As in the site's pipeline: the texts and the anchors before KaTeX, the HTML after it.
    rehype: () => [
      rehypeHeadingIds,
      rehypeHeadingTexts,
      [rehypeHeadingAnchors, markdownText.headings],
      [rehypeKatex, { strict: 'ignore' }],
      rehypeHeadingHtml,
    ],
  },
  // As in the site's pipeline: before the code frames and Shiki, which leave its figures alone.
  'rehype-diagrams': { rehype: (config) => [[rehypeDiagrams, config], rehypeCodeFrame, rehypeShiki] },
  'rehype-heading-ids': { rehype: (config) => [rehypeHeadingIds, [rehypeHeadingAnchors, config]] },
  'rehype-katex': { remark: () => [remarkMath], rehype: (config) => [[rehypeKatex, config]] },
  // The HTML with its placeholders; `katex-memo.test.ts` tests what is remembered.
  'rehype-katex-memo': {
    remark: () => [remarkMath],
    rehype: () => [[rehypeKatexMemo, { katex: { strict: 'ignore' }, store: new Map(), memo: new Map() }]],
  },
  'rehype-math-punctuation': { remark: () => [remarkMath], rehype: (config) => [[rehypeMathPunctuation, config]] },
  'rehype-outbound-links': { rehype: (config) => [[rehypeOutboundLinks, config]] },
  // The HTML with its placeholders: `putBack` and the bytes it gives back are tested in `set-aside.test.ts`.
  'rehype-set-aside': {
    remark: () => [remarkMath],
    rehype: () => [
      [rehypeKatex, { strict: 'ignore' }],
      [rehypeSetAside, { store: new Map() }],
    ],
  },
  'rehype-shiki': { rehype: (config) => [[rehypeCodeFrame, config], rehypeShiki] },
  'rehype-table-align': { rehype: () => [rehypeTableAlign] },
  'rehype-task-list-labels': { rehype: () => [rehypeTaskListLabels] },
};

async function render(pipeline: Pipeline, caseDir: string, config: Config) {
  const input = ['input.md', 'input.mdx'].map((name) => path.join(caseDir, name)).find((p) => existsSync(p));
  if (!input) throw new Error(`${caseDir} has no input.md`);
  const file = new VFile({ path: input, value: readFileSync(input, 'utf8') });
  const mdx = input.endsWith('.mdx');
  const reports: unknown[] = [];
  const parse = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(remarkGfm)
    .use(pipeline.remark?.(config, caseDir, (value) => reports.push(value)) ?? []);
  const processor = mdx
    ? parse.use(remarkStringify)
    : parse
        .use(remarkRehype, { allowDangerousHtml: true, ...pipeline.bridge?.(config) })
        .use(pipeline.rehype?.(config) ?? [])
        .use(rehypeStringify, { allowDangerousHtml: true });
  const output = String(await processor.process(file));
  const where = path.relative(process.cwd(), input).split(path.sep).join('/');
  const messages = file.messages.map((message) => formatMessage(message, where)).join('\n');
  const frontmatter = file.data.astro?.frontmatter;
  const computed = frontmatter && Object.keys(frontmatter).length > 0 ? JSON.stringify(frontmatter, null, 2) : '';
  const reported = reports.length > 0 ? JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) : '';
  return { output, outputFile: mdx ? 'output.mdx' : 'output.html', messages, computed, reported };
}

/** Compares with the expected file, or writes it when `UPDATE` is set; an empty actual removes it. */
function expectFile(file: string, actual: string) {
  if (process.env.UPDATE) {
    if (actual) writeFileSync(file, `${actual}\n`);
    else rmSync(file, { force: true });
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, 'utf8').replace(/\n$/u, '') : '';
  expect(actual, path.relative(process.cwd(), file)).toBe(expected);
}

const root = path.join(import.meta.dirname, 'fixtures');
const subfolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

for (const plugin of subfolders(root)) {
  describe(plugin, () => {
    const pipeline = pipelines[plugin];
    if (!pipeline) throw new Error(`No pipeline for fixtures/${plugin}: add it to the table in this file.`);
    for (const name of subfolders(path.join(root, plugin))) {
      const caseDir = path.join(root, plugin, name);
      it(name.replaceAll('-', ' '), async () => {
        const configFile = path.join(caseDir, 'config.json');
        const config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Config) : {};
        const { output, outputFile, messages, computed, reported } = await render(pipeline, caseDir, config);
        expectFile(path.join(caseDir, outputFile), output);
        expectFile(path.join(caseDir, 'messages.txt'), messages);
        expectFile(path.join(caseDir, 'frontmatter.json'), computed);
        expectFile(path.join(caseDir, 'reported.json'), reported);
      });
    }
  });
}
