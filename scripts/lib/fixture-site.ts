/**
 * Throwaway copies of the Inkstone site with other content, for build tests,
 * the real-world corpus test and the benchmark. A copy shares `node_modules`
 * with the project (a symlink) but has its own content, output and cache, so
 * several can build at once without touching the project's `dist/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in `scripts/lib/`). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What a copy takes from the project: the site, with its pages of their own (`content/pages/`, which the site config's
 * navigation links to); the posts (the rest of `content/`) only when asked.
 */
const SITE_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content/pages'];

export interface FixtureSiteOptions {
  /** Folder to create the copy in. Default: a new folder under the OS temp dir. */
  dir?: string;
  /** Copy the project's own `content/` (sample posts and images) first. Default: false. */
  withSampleContent?: boolean;
  /** Files to write, relative to the copy's root, e.g. `{ 'content/blogs/a.md': '---\n…' }`. */
  files?: Record<string, string | Uint8Array>;
}

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** stdout and stderr interleaved as printed. */
  output: string;
  /** Wall time in milliseconds. */
  ms: number;
  /** Each output line with the milliseconds since the start at which it arrived (for timing build phases). */
  lines: { ms: number; text: string }[];
}

export interface RunOptions {
  /** Called once the child process has started, e.g. to sample its memory. */
  onSpawn?: (child: ChildProcess) => void;
}

export interface FixtureSite {
  root: string;
  outDir: string;
  /** Writes (or overwrites) files relative to the root. */
  write(files: Record<string, string | Uint8Array>): Promise<void>;
  /** Runs an Astro command (`build` by default) in the copy with Node 24 and extra env. */
  run(args?: string[], env?: Record<string, string>, options?: RunOptions): Promise<BuildResult>;
  remove(): Promise<void>;
}

async function writeFiles(root: string, files: Record<string, string | Uint8Array>) {
  for (const [relative, data] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}

/** Creates a copy of the site, ready to build. */
export async function createFixtureSite(options: FixtureSiteOptions = {}): Promise<FixtureSite> {
  const root = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'inkstone-site-')));
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'content/blogs'), { recursive: true });
  const copied = options.withSampleContent ? [...SITE_FILES, 'content'] : SITE_FILES;
  for (const name of copied) {
    await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeFiles(root, options.files ?? {});
  const outDir = path.join(root, 'dist');
  return {
    root,
    outDir,
    write: (files) => writeFiles(root, files),
    run: (args = ['build'], env = {}, runOptions = {}) =>
      runAstro(root, args, { INKSTONE_OUT_DIR: outDir, ...env }, runOptions),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * The environment without what Vitest adds to it (`NODE_ENV=test`, `BASE_URL`,
 * `DEV`, `MODE`…): passed on, they turn a build into a half-dev build (drafts
 * published) and make the dev server answer 404, unlike the commands authors run.
 */
function withoutTestRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete clean[name];
  for (const name of Object.keys(clean)) if (name.startsWith('VITEST')) delete clean[name];
  return clean;
}

/** Runs the project's Astro CLI in `root` with the Node binary running this process. */
export function runAstro(
  root: string,
  args: string[],
  env: Record<string, string> = {},
  options: RunOptions = {},
): Promise<BuildResult> {
  const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd: root,
      env: {
        ...withoutTestRunnerEnv(process.env),
        ASTRO_TELEMETRY_DISABLED: '1',
        // Each copy keeps its own cache, never the shared node_modules/.astro.
        INKSTONE_CACHE_DIR: path.join(root, '.cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    options.onSpawn?.(child);
    let output = '';
    const lines: BuildResult['lines'] = [];
    const collect = (stream: NodeJS.ReadableStream) => {
      let partial = '';
      stream.on('data', (chunk: Buffer) => {
        const ms = performance.now() - started;
        output += chunk.toString();
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        lines.push(...parts.map((text) => ({ ms, text })));
      });
      stream.on('end', () => partial && lines.push({ ms: performance.now() - started, text: partial }));
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started, lines }));
  });
}
