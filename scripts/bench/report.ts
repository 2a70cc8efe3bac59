/** The benchmark's printed tables. */
import type { ImageWork, Phase, RouteGroup } from './phases.ts';

export type ScenarioName = 'clean' | 'warm' | 'edit' | 'add' | 'reference';

/** Medians of one scenario over all runs, and each run's figures. */
export interface Scenario {
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  outputBytes: number;
  outputFiles: number;
  runs: { ms: number; cpuMs: number; peakRssBytes: number; outputBytes: number }[];
}

const LABELS: Record<ScenarioName, string> = {
  clean: 'Inkstone, clean build',
  warm: 'Inkstone, warm, nothing changed',
  edit: 'Inkstone, warm, one post edited',
  add: 'Inkstone, warm, one post added',
  reference: 'Stock Astro reference, clean',
};

/** Sizes are printed in MiB (2^20 bytes); the memory budget, 1.5 GiB, is 1536 MiB. */
const MIB = 2 ** 20;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)));
  console.log(line(header).join('  '));
  for (const row of rows) console.log(line(row).join('  '));
}

/** The main table: one row per scenario, with ratios to the reference and to Inkstone's clean build. */
export function printResults(scenarios: Record<ScenarioName, Scenario>, posts: number): void {
  const { clean, reference } = scenarios;
  // The memory budget holds for every Inkstone build, not only the clean one.
  const [highest] = (Object.keys(LABELS) as ScenarioName[])
    .filter((name) => name !== 'reference')
    .sort((a, b) => scenarios[b].peakRssBytes - scenarios[a].peakRssBytes);
  console.log(`\nMedians (${posts} posts)`);
  printTable(
    ['', 'wall s', 'ms/post', 'CPU s', 'peak MiB', 'output MiB', 'files', '× reference', '× clean'],
    (Object.keys(LABELS) as ScenarioName[]).map((name) => {
      const s = scenarios[name];
      return [
        LABELS[name],
        (s.ms / 1000).toFixed(1),
        (s.ms / posts).toFixed(1),
        (s.cpuMs / 1000).toFixed(1),
        (s.peakRssBytes / MIB).toFixed(0),
        (s.outputBytes / MIB).toFixed(1),
        String(s.outputFiles),
        (s.ms / reference.ms).toFixed(2),
        name === 'reference' ? '' : (s.ms / clean.ms).toFixed(2),
      ];
    }),
  );
  console.log(
    `\nBudgets: clean ≤ 0.40× reference: ${(clean.ms / reference.ms).toFixed(2)}× ` +
      `(CPU time ${(clean.cpuMs / reference.cpuMs).toFixed(2)}×); ` +
      `edit ≤ 10% of clean: ${((scenarios.edit.ms / clean.ms) * 100).toFixed(0)}%; ` +
      `peak ≤ 1536 MiB: ${(scenarios[highest!].peakRssBytes / MIB).toFixed(0)} MiB (${LABELS[highest!]})`,
  );
}

/** Breakdowns side by side (e.g. Inkstone and the reference), in seconds and shares of each total. */
export function printPhases(title: string, columns: Record<string, Phase[]>): void {
  const total = (phases: Phase[]) =>
    phases.find((phase) => phase.name === 'total')?.ms ?? phases.reduce((sum, phase) => sum + phase.ms, 0);
  const names = [...new Set(Object.values(columns).flatMap((phases) => phases.map((phase) => phase.name)))];
  const cells = (phases: Phase[], name: string) => {
    const ms = phases.find((phase) => phase.name === name)?.ms;
    return ms === undefined ? ['', ''] : [(ms / 1000).toFixed(2), `${((ms / total(phases)) * 100).toFixed(0)}%`];
  };
  console.log(`\n${title}`);
  printTable(
    ['', ...Object.keys(columns).flatMap((column) => [`${column} s`, '%'])],
    names.map((name) => [name, ...Object.values(columns).flatMap((phases) => cells(phases, name))]),
  );
}

/** What the images cost in the first run's clean build, and whether the edit rebuild re-encoded any. */
export function printImages(clean: ImageWork, edit: ImageWork, phases: Phase[]): void {
  const wallMs = phases.find((phase) => phase.name === 'images')?.ms ?? 0;
  console.log(
    `\nImages: ${clean.encoded} renditions encoded in ${(wallMs / 1000).toFixed(1)} s ` +
      `(${(wallMs / Math.max(clean.encoded, 1)).toFixed(0)} ms each by wall time, ` +
      `${(clean.encodeMs / Math.max(clean.encoded, 1)).toFixed(0)} ms each as logged); ` +
      `after one edit: ${edit.encoded} encoded, ${edit.reused} reused from the cache`,
  );
}

/** Astro's own per-route render times of one clean build, summed by kind of route. */
export function printRoutes(label: string, groups: RouteGroup[], note?: string): void {
  const parts = groups.filter((group) => group.routes > 0);
  const text = parts.map((group) => `${group.name} ${(group.ms / 1000).toFixed(1)} s for ${group.routes}`).join(', ');
  console.log(`${label} routes as logged${note ? ` (${note})` : ''}: ${text}`);
}
