/**
 * Times every integration hook of a site, including the silent ones (content
 * checks in `astro:config:setup`, link checks in `astro:build:done`): a config
 * file next to the site's own imports it and wraps each hook so it prints
 * `[bench-hook] <integration> <hook> <ms>` when it returns. Built with
 * `astro build --config <that file>`; used by `--profile` only, so the measured
 * builds run the site's config untouched.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildResult } from '../lib/fixture-site.ts';
import type { Phase } from './phases.ts';

export const HOOK_TIMER_CONFIG = 'astro.bench-hooks.config.mjs';

const source = (configFile: string) => `import config from './${configFile}';

const timed = (integration) => ({
  ...integration,
  hooks: Object.fromEntries(
    Object.entries(integration.hooks ?? {}).map(([hook, run]) => [
      hook,
      async (options) => {
        const started = performance.now();
        try {
          return await run(options);
        } finally {
          console.log(\`[bench-hook] \${integration.name} \${hook} \${(performance.now() - started).toFixed(0)}\`);
        }
      },
    ]),
  ),
});

export default { ...config, integrations: (config.integrations ?? []).flat().filter(Boolean).map(timed) };
`;

/** Writes the wrapping config into `root`; returns the arguments for `astro build`. */
export async function writeHookTimerConfig(root: string, configFile = 'astro.config.ts'): Promise<string[]> {
  await writeFile(path.join(root, HOOK_TIMER_CONFIG), source(configFile));
  return ['build', '--config', HOOK_TIMER_CONFIG];
}

/** The hook times a build printed, slowest first (hooks under 5 ms left out). */
export function hookTimes(lines: BuildResult['lines']): Phase[] {
  return lines
    .map(({ text }) => /\[bench-hook\] (\S+) (\S+) (\d+)/.exec(text))
    .filter((match) => match !== null)
    .map(([, integration, hook, ms]) => ({ name: `${integration} ${hook}`, ms: Number(ms) }))
    .filter((phase) => phase.ms >= 5)
    .sort((a, b) => b.ms - a.ms);
}
