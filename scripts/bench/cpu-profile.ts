/**
 * Sums the `.cpuprofile` files a build wrote (`node --cpu-prof`) by package:
 * self time of every sampled function, grouped by the `node_modules` package
 * its file is in, so "KaTeX", "Shiki", "parse5" and "Astro" get one line each.
 * Native work (Rolldown, sharp, libvips) runs off the JS thread and is not seen.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Phase } from './phases.ts';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** `katex` for `…/node_modules/katex/dist/katex.mjs`, `@shikijs/core` for scoped ones. */
function bucketOf(url: string, functionName: string, siteRoots: string[]): string {
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return 'Node.js internals';
  if (url.startsWith('wasm://')) return "WebAssembly (Shiki's Oniguruma regex engine)";
  if (functionName === '(idle)') return '(idle: waiting for I/O or native threads)';
  if (!url) return functionName.startsWith('(') ? functionName : '(native or eval)';
  return siteRoots.some((root) => url.includes(root)) ? 'site code (src/, built chunks)' : url;
}

/** Self time per package across every profile in `dir`, biggest first. */
export async function summarizeCpuProfiles(dir: string, siteRoots: string[], top = 15): Promise<Phase[]> {
  const totals = new Map<string, number>();
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files) {
    const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as CpuProfile;
    const bucketById = new Map(
      profile.nodes.map((node) => [node.id, bucketOf(node.callFrame.url, node.callFrame.functionName, siteRoots)]),
    );
    // timeDeltas[i] is the time since the previous sample: charge it to the sample it ends.
    profile.samples.forEach((id, i) => {
      const bucket = bucketById.get(id) ?? '(unknown)';
      totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  const sorted = [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  const rest = sorted.slice(top).reduce((sum, phase) => sum + phase.ms, 0);
  return rest > 0 ? [...sorted.slice(0, top), { name: 'everything else', ms: rest }] : sorted;
}
