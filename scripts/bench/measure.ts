/**
 * What the benchmark measures besides wall time: the peak memory and CPU
 * time of a build's whole process tree, and the size of what it wrote.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const PAGE_BYTES = 4096;

async function readOrEmpty(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

/** Clock ticks per second of `/proc/<pid>/stat` times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  pid: number;
  parent: number;
  /** CPU time of the process and of its exited, reaped children, in ms. */
  cpuMs: number;
}

/** Fields of `/proc/<pid>/stat` after the parenthesised command name, which may contain spaces. */
async function readStat(pid: number): Promise<ProcessStat | undefined> {
  const stat = await readOrEmpty(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime are fields 14–17 of the file (11–14 here).
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return { pid, parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

/** `pid` and all its descendants alive now. */
async function processTree(pid: number): Promise<ProcessStat[]> {
  const names = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const stats = (await Promise.all(names.map((name) => readStat(Number(name))))).filter((stat) => stat !== undefined);
  const tree = stats.filter((stat) => stat.pid === pid);
  for (let i = 0; i < tree.length; i++) tree.push(...stats.filter((stat) => stat.parent === tree[i]!.pid));
  return tree;
}

/** Resident bytes of one process now (`/proc/<pid>/statm`), 0 once it has gone. */
async function residentBytes(pid: number): Promise<number> {
  const statm = await readOrEmpty(`/proc/${pid}/statm`);
  return Number(statm.split(' ')[1] ?? 0) * PAGE_BYTES;
}

/** The high-water mark of one process's RSS (`VmHWM`), 0 once it has gone. */
async function highWaterBytes(pid: number): Promise<number> {
  const status = await readOrEmpty(`/proc/${pid}/status`);
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

export interface TreeUsage {
  /** Peak of the summed RSS of the tree, or the root's own high-water mark if higher. */
  peakRssBytes: number;
  /** CPU time (user + system) of the whole tree, up to the last sample before it exited. */
  cpuMs: number;
}

/**
 * Samples `pid`'s process tree every `intervalMs` until stopped. CPU time is
 * less disturbed than wall time by other work on a busy machine; the
 * root's high-water mark catches memory spikes between samples.
 */
export function watchProcessTree(pid: number, intervalMs = 100): { stop(): Promise<TreeUsage> } {
  const usage: TreeUsage = { peakRssBytes: 0, cpuMs: 0 };
  let sampling: Promise<void> = Promise.resolve();
  const sample = async () => {
    const tree = await processTree(pid);
    const sizes = await Promise.all(tree.map((stat) => residentBytes(stat.pid)));
    const rss = sizes.reduce((sum, size) => sum + size, 0);
    usage.peakRssBytes = Math.max(usage.peakRssBytes, rss, await highWaterBytes(pid));
    // A reaped child's time moves into its parent's cutime/cstime, so the sum over live processes only grows.
    usage.cpuMs = Math.max(
      usage.cpuMs,
      tree.reduce((sum, stat) => sum + stat.cpuMs, 0),
    );
  };
  const timer = setInterval(() => (sampling = sampling.then(sample)), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      return usage;
    },
  };
}

/** Total bytes and number of files under `dir` (0 and 0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size),
  );
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: files.length };
}
