import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkAllContent, createPostReadings, type CheckedPage, type CheckedPost } from '../lib/content-check/index.ts';
import { DESCRIPTIONS_FILES } from '../lib/content-check/descriptions-file.ts';
import {
  errorsOf,
  formatErrorReport,
  formatProblem,
  type Problem,
  sortProblems,
} from '../lib/content-check/problems.ts';
import { isMarkdownLike, PAGES_FOLDER } from '../lib/slugs.ts';
import { problemsOverlay } from '../lib/content-check/overlay.ts';
import { reportAfterSave } from '../lib/content-check/save-report.ts';
import { checkBuiltSite } from '../lib/content-check/site-links.ts';
import { projectPath } from '../lib/project-path.ts';
import { publishingFromEnv } from '../lib/publishing.ts';
import { pipelineHash } from '../markdown/posts-loader.ts';
import { renderEarly } from '../markdown/render-early.ts';

export interface ContentGuardOptions {
  /** Folder of the posts, relative to the project root. Default: `content/blogs`. */
  contentDir?: string;
  /** The site's time zone, for dates without an offset. */
  timeZone: string;
  /** The site's author, whom posts without `author` are by. */
  siteAuthor?: string;
  /**
   * What a broken internal link or anchor does: `error` fails the build, `warn`
   * prints it (for content imported from other sites; images stay errors).
   * Default: `error`, or `warn` when `INKSTONE_LINKS=warn`.
   */
  links?: 'error' | 'warn';
  /**
   * A build with at most this many new or changed posts (an edit) renders them in the background and checks them
   * itself; with more, it renders them all first and the check reads their facts from the rendering. Default: 20, or
   * `INKSTONE_BACKGROUND_RENDERS` (the tests set 0 to build a small site the way a large one is built).
   */
  backgroundRenders?: number;
  /** Receives the checked posts and pages once the check has passed, in a build and as the dev server starts. */
  checked?: (posts: readonly CheckedPost[], pages: readonly CheckedPage[]) => void;
}

/** Thrown to stop a build; its message is the whole report, so no stack is printed. */
class ContentError extends Error {
  constructor(problems: readonly Problem[], what: string) {
    super(formatErrorReport(problems, what));
    this.name = 'ContentError';
    this.stack = '';
  }
}

/** Prints warnings, and errors too where they do not stop anything (the dev server). */
function logProblems(logger: AstroIntegrationLogger, problems: readonly Problem[], withErrors: boolean) {
  for (const problem of sortProblems(problems)) {
    if (problem.severity === 'error' && withErrors) logger.error(formatProblem(problem));
    else if (problem.severity === 'warning') logger.warn(formatProblem(problem));
  }
}

/** How long after the last save of a post the dev server checks the content again. */
const RECHECK_AFTER_MS = 500;

/**
 * Checks the content before Astro reads it (encoding, frontmatter, slugs,
 * images, links between posts) and the built site after (every internal link,
 * image and anchor). Any error stops `astro build` with one report of all of
 * them; a build failing after it started writing (this check of the built
 * site included) has its output removed, so no broken or partial site is
 * deployed. The dev server only logs problems: on a save, those of the saved
 * posts and any that are new elsewhere.
 */
export function contentGuard(options: ContentGuardOptions): AstroIntegration {
  const links = options.links ?? (process.env.INKSTONE_LINKS === 'warn' ? 'warn' : 'error');
  const fromEnv = process.env.INKSTONE_BACKGROUND_RENDERS;
  const background = options.backgroundRenders ?? (fromEnv && /^\d+$/u.test(fromEnv) ? Number(fromEnv) : undefined);
  const downgrade = (problem: Problem): Problem =>
    links === 'warn' && problem.field === 'link' ? { ...problem, severity: 'warning' } : problem;
  let root = '';
  let contentDir = '';
  let cacheDir = '';
  let outDir = '';
  /** The path the site is served under, whose pages' links the link check follows. */
  let base = '/';
  let command = '';
  let pipeline = '';
  let posts: readonly CheckedPost[] = [];
  /** The problems the dev server has printed, as of the last check. */
  let printed: readonly Problem[] = [];
  /** In the dev server, what each post's bytes said at the last check: a check after a save reads only what changed. */
  const readings = createPostReadings();
  const check = () =>
    checkAllContent({
      root,
      contentDir,
      cacheFile: path.join(cacheDir, 'inkstone-posts.json'),
      pipeline,
      timeZone: options.timeZone,
      siteAuthor: options.siteAuthor,
      publishing: publishingFromEnv(process.env, command === 'dev', new Date()),
      ...(command === 'dev' && { readings }),
    });
  return {
    name: 'inkstone:content-guard',
    hooks: {
      'astro:config:setup': ({ command: running, config }) => {
        command = running;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        // One instant for the whole build: pages read it back from INKSTONE_NOW.
        process.env.INKSTONE_NOW ??= new Date().toISOString();
        // Pages decide on drafts by this, not by import.meta.env.DEV, which NODE_ENV can flip.
        process.env.INKSTONE_COMMAND = command;
        // `astro build --future` publishes scheduled posts, as INKSTONE_FUTURE=1 does.
        if (process.argv.includes('--future')) process.env.INKSTONE_FUTURE = '1';
        contentDir = path.join(root, options.contentDir ?? 'content/blogs');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // Once the config is final: a build, or the dev server as it starts, renders its new and changed posts here, with
      // the options its content layer will use, so the posts loader finds them rendered; the check reads their facts
      // from the rendering, or, for a few posts rendering in the background, itself.
      'astro:config:done': async ({ config, logger }) => {
        const started = performance.now();
        pipeline = pipelineHash(root);
        const cacheFile = path.join(cacheDir, 'inkstone-posts.json');
        const loadsPosts = command === 'build' || command === 'dev';
        const early = loadsPosts
          ? await renderEarly({ config, contentDir, cacheFile, pipeline, background })
          : undefined;
        const report = await check();
        posts = report.posts;
        const ms = Math.round(performance.now() - started);
        if (!early?.posts) logger.info(`checked ${posts.length} posts in ${ms} ms`);
        else if (!early.inBackground)
          logger.info(`rendered ${early.posts} and checked ${posts.length} posts in ${ms} ms`);
        else
          logger.info(`checked ${posts.length} posts in ${ms} ms, rendering ${early.posts} new or changed meanwhile`);
        const problems = report.problems.map(downgrade);
        logProblems(logger, problems, command !== 'build');
        printed = problems;
        if (command === 'build' && errorsOf(problems).length > 0) {
          throw new ContentError(problems, 'in the content; nothing was built');
        }
        options.checked?.(posts, report.pages);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check on save: Astro reloads the post, this says what is wrong with it, and what the save broke elsewhere.
        let timer: NodeJS.Timeout | undefined;
        let rechecked = Promise.resolve();
        const saved = new Set<string>();
        // The content's errors show over every page as it loads (and over the open ones when a save finds them), in
        // Astro's error overlay, until they are fixed: an author watching the browser sees what a build would refuse.
        let overlay = problemsOverlay(printed, root);
        const showOverlay = () => overlay && server.hot.send({ type: 'error', err: overlay });
        server.ws.on('connection', showOverlay);
        const recheck = async () => {
          // The posts saved until now: one saved while this check runs is the next check's.
          const files = new Set(saved);
          saved.clear();
          const problems = (await check()).problems.map(downgrade);
          const report = reportAfterSave(printed, problems, files);
          printed = problems;
          logProblems(logger, report.print, true);
          overlay = problemsOverlay(problems, root);
          // Without errors left, Astro's reload after the change takes the overlay away.
          showOverlay();
          for (const file of report.cleared) {
            if (existsSync(path.join(root, file))) logger.info(`${file}: no problems left`);
          }
          if (report.unchanged > 0)
            logger.info(`${report.unchanged} unchanged problem(s) in other posts not printed again`);
        };
        server.watcher.on('all', (_event, file) => {
          const post =
            (file.startsWith(contentDir) || file.startsWith(path.join(root, PAGES_FOLDER))) && isMarkdownLike(file);
          if (!post && !Object.values(DESCRIPTIONS_FILES).some((name) => file === path.join(root, name))) return;
          saved.add(projectPath(root, file));
          clearTimeout(timer);
          // After the saved post is on its page (at 1000 posts about 0.45 s after the save): a check any sooner holds up
          // the server while the page is rendered again, 50 to 150 ms later.
          // One check at a time: a check reading diagrams waits for Mermaid, and the next save may come meanwhile.
          timer = setTimeout(() => {
            rechecked = rechecked.then(recheck).catch((error: unknown) => logger.error(String(error)));
          }, RECHECK_AFTER_MS);
        });
      },
      'astro:build:start': () => {
        // A build that fails from here on (a page that throws, a broken link) leaves no half-written site to deploy.
        process.once('exit', (code) => {
          if (code !== 0 && path.relative(outDir, root).startsWith('..'))
            rmSync(outDir, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const cacheFile = path.join(cacheDir, 'inkstone-pages.json');
        const started = performance.now();
        const problems = checkBuiltSite({ outDir: fileURLToPath(dir), root, base, posts, cacheFile }).map(downgrade);
        logger.info(`checked the links of the built site in ${Math.round(performance.now() - started)} ms`);
        logProblems(logger, problems, false);
        if (errorsOf(problems).length > 0) {
          throw new ContentError(problems, 'in the built site; the output was removed so it cannot be deployed');
        }
      },
    },
  };
}
