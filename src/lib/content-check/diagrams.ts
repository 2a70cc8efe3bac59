import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { workerEnv } from '../worker-env.ts';
import { HashCache } from './hash-cache.ts';
import type { CheckedPost } from './index.ts';
import type { Problem } from './problems.ts';

/** What Mermaid's parser says is wrong with a diagram, and the diagram's line where it stopped, when it says. */
export interface DiagramError {
  message: string;
  line?: number;
}

/** A diagram of a post (```` ```mermaid ````): its source and the line of its opening fence. */
export interface PostDiagram {
  /** `content/blogs/a.md` */
  file: string;
  line: number;
  source: string;
}

/** The diagrams of the checked posts, drafts included, for `checkDiagrams`. */
export const postDiagrams = (posts: readonly CheckedPost[]): PostDiagram[] =>
  posts.flatMap((post) => post.markdown.diagrams.map((diagram) => ({ file: post.file, ...diagram })));

/** Reads diagrams with Mermaid's parser, null for each it can read (`readDiagrams`, or another in tests). */
export type DiagramReader = (sources: readonly string[]) => Promise<(DiagramError | null)[]>;

/**
 * Reads diagrams in a worker thread of its own (`mermaid-worker.ts`), which ends once they are read: Mermaid and jsdom
 * take about 0.7 s to load and 130 MB, spent only when a diagram is new or changed.
 */
export const readDiagrams: DiagramReader = (sources) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./mermaid-worker.ts', import.meta.url), {
      workerData: sources,
      env: workerEnv(),
    });
    let verdicts: (DiagramError | null)[] | undefined;
    worker.once('message', (message: (DiagramError | null)[]) => (verdicts = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      verdicts ? resolve(verdicts) : reject(new Error(`the diagram reader stopped with exit code ${code}`)),
    );
  });

/** Mermaid's message for a diagram whose first line names no type it knows (`graph TD`, `sequenceDiagram`, …). */
const unknownType = (message: string) => message.startsWith('No diagram type detected');

/** Of the tokens a parser expected, the ones a message names before "…". */
const TOKENS_SHOWN = 4;

/**
 * Mermaid's message in one line. Its Jison parsers quote the source around the error over two lines and list every
 * token they expected: the quote is left out (the message gives the line) and the list cut short.
 *
 * @example
 * diagramReason("Parse error on line 2:\ngraph TDA[x\n-----------^\nExpecting 'SQE', 'PE', 'PIPE', 'TAGEND', 'TEXT', got '1'");
 * // "Expecting 'SQE', 'PE', 'PIPE', 'TAGEND', …, got the end of the diagram"
 */
export function diagramReason(message: string): string {
  if (unknownType(message)) return 'its first line names no diagram type Mermaid knows';
  const lines = message.split('\n');
  const expecting = /^Expecting (.*), got (.*)$/u.exec(lines.at(-1) ?? '');
  if (expecting) {
    const tokens = expecting[1]!.split(', ');
    const shown = tokens.length > TOKENS_SHOWN ? [...tokens.slice(0, TOKENS_SHOWN), '…'] : tokens;
    // A Jison lexer's end of input is its token 1.
    return `Expecting ${shown.join(', ')}, got ${expecting[2] === "'1'" ? 'the end of the diagram' : expecting[2]}`;
  }
  // A Jison lexer's error, or a Langium parser's message, already on one line but for a line end it quotes.
  return /^(?:Parse error on line \d+:|Lexical error on line \d+\.)/u.test(message)
    ? lines[0]!
    : message.replaceAll('\n', '\\n');
}

/** The version of Mermaid the worker reads diagrams with, which the browser draws them with too. */
const mermaidVersion = () => (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

export interface CheckDiagramsOptions {
  /** File keeping what Mermaid said of each diagram between runs. Default: none. */
  cacheFile?: string;
  /** Default: `readDiagrams`. */
  read?: DiagramReader;
}

/**
 * The diagrams of the posts that Mermaid cannot read, as errors at the line where it stopped: their pages would show
 * the source and Mermaid's reason instead of the drawing. Only diagrams not read before (by the same Mermaid) are read.
 *
 * @example
 * await checkDiagrams([{ file: 'content/blogs/a.md', line: 7, source: 'graph TD\nA[x' }]);
 * // [{ file: 'content/blogs/a.md', line: 9, field: 'diagram', message: "Mermaid cannot read this diagram: …" }]
 */
export async function checkDiagrams(
  diagrams: readonly PostDiagram[],
  options: CheckDiagramsOptions = {},
): Promise<Problem[]> {
  if (diagrams.length === 0) return [];
  const cache = new HashCache<DiagramError | null>(options.cacheFile, `1 mermaid ${mermaidVersion()}`);
  const unread = [...new Set(diagrams.map((diagram) => diagram.source).filter((source) => !cache.has(source)))];
  let verdicts: (DiagramError | null)[] = [];
  try {
    if (unread.length > 0) verdicts = await (options.read ?? readDiagrams)(unread);
  } catch (error) {
    // Mermaid itself failing (not a diagram) stops no build: the diagrams go unchecked, which the build says once.
    const first = diagrams.find((diagram) => unread.includes(diagram.source))!;
    const message = `${unread.length} new or changed diagram(s) could not be read, as Mermaid failed: ${(error as Error).message} — they are not checked in this build`;
    return [{ file: first.file, line: first.line, field: 'diagram', message, severity: 'warning' }];
  }
  const read = new Map(unread.map((source, i) => [source, verdicts[i] ?? null]));
  const problems = diagrams.flatMap((diagram) => {
    const error = cache.get(diagram.source, (source) => read.get(source) ?? null);
    if (!error) return [];
    // Where Mermaid stopped; an unknown type is its first line's fault.
    const stopped = error.line ?? (unknownType(error.message) ? 1 : undefined);
    const at = stopped === undefined ? '' : ` (line ${stopped} of the diagram)`;
    const message = `Mermaid cannot read this diagram: ${diagramReason(error.message)}${at} — fix it, or its page shows the source and this reason instead of the drawing`;
    return [
      {
        file: diagram.file,
        line: diagram.line + (stopped ?? 0),
        field: 'diagram',
        message,
        severity: 'error' as const,
      },
    ];
  });
  cache.save();
  return problems;
}
