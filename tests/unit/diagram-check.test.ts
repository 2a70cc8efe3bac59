import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkDiagrams,
  diagramReason,
  readDiagrams,
  type DiagramError,
  type DiagramReader,
} from '../../src/lib/content-check/diagrams.ts';
import { readMarkdown } from '../../src/lib/content-check/markdown.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'inkstone-diagrams-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** One line of the report, as the build prints it. */
const line = (p: { file: string; line: number; field?: string; message: string }) =>
  `${p.file}:${p.line}  ${p.field}: ${p.message}`;

describe('readDiagrams, with Mermaid in a worker', () => {
  it("reads diagrams as the browser's Mermaid does, types whose parser needs a DOM included", async () => {
    const verdicts = await readDiagrams([
      'graph TD\n  开始 --> 结束["中文 <b>粗体</b>"]',
      'classDiagram\n  Animal <|-- Duck',
      'stateDiagram-v2\n  [*] --> 草稿\n  草稿 --> 发布',
      'graph TD\nA-->B\nB-->C[x\nC-->D',
      'classDiagram\nclass A {\n+int x\n',
      'notADiagram\n  a',
    ]);
    expect(verdicts.slice(0, 3)).toEqual([null, null, null]);
    expect(verdicts[3]).toMatchObject({ line: 3 });
    expect(verdicts[3]!.message).toMatch(/^Parse error on line 5:\n/u);
    expect(verdicts[4]).toMatchObject({ line: 3 });
    expect(verdicts[5]).toEqual({ message: expect.stringMatching(/^No diagram type detected/u) as string });
  });
});

describe('diagramReason', () => {
  it("leaves out the Jison parsers' quote of the source and cuts their list of tokens short", () => {
    expect(
      diagramReason(
        "Parse error on line 2:\ngraph TDA[x\n-----------^\nExpecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', got '1'",
      ),
    ).toBe("Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', …, got the end of the diagram");
    expect(diagramReason("Parse error on line 3:\n...mclass A {+int x\n---^\nExpecting 'STRUCT_STOP', got 'EOF'")).toBe(
      "Expecting 'STRUCT_STOP', got 'EOF'",
    );
    expect(diagramReason('Lexical error on line 2. Unrecognized text.\n...A-->B\n---^')).toBe(
      'Lexical error on line 2. Unrecognized text.',
    );
  });

  it("keeps a Langium parser's message, its quoted line end written \\n", () => {
    expect(diagramReason("Parse error on line 2, column 7: Expecting token of type 'NUMBER_PIE' but found `\n`.")).toBe(
      "Parse error on line 2, column 7: Expecting token of type 'NUMBER_PIE' but found `\\n`.",
    );
  });

  it('says what is wrong with a diagram of no type Mermaid knows', () => {
    expect(diagramReason('No diagram type detected matching given configuration for text: flowchat TD')).toBe(
      'its first line names no diagram type Mermaid knows',
    );
  });
});

describe('checkDiagrams', () => {
  const broken: Record<string, DiagramError> = {
    'graph TD\nA[x': { message: "Parse error on line 2:\ngraph TDA[x\n---^\nExpecting 'SQE', got '1'", line: 2 },
    'flowchat TD\nA': { message: 'No diagram type detected matching given configuration for text: flowchat TD' },
  };
  const calls: string[][] = [];
  const read: DiagramReader = (sources) => {
    calls.push([...sources]);
    return Promise.resolve(sources.map((source) => broken[source] ?? null));
  };
  const diagrams = [
    { file: 'content/blogs/a.md', line: 7, source: 'graph TD\nA-->B' },
    { file: 'content/blogs/a.md', line: 12, source: 'graph TD\nA[x' },
    { file: 'content/blogs/b.md', line: 3, source: 'flowchat TD\nA' },
    // The same diagram in another post is read once, and reported in both.
    { file: 'content/blogs/c.md', line: 20, source: 'graph TD\nA[x' },
  ];

  it("reports each diagram Mermaid cannot read at the post's line where it stopped, word for word", async () => {
    const cacheFile = path.join(folder, 'first.json');
    expect((await checkDiagrams(diagrams, { cacheFile, read })).map(line)).toEqual([
      "content/blogs/a.md:14  diagram: Mermaid cannot read this diagram: Expecting 'SQE', got the end of the diagram (line 2 of the diagram) — fix it, or its page shows the source and this reason instead of the drawing",
      'content/blogs/b.md:4  diagram: Mermaid cannot read this diagram: its first line names no diagram type Mermaid knows (line 1 of the diagram) — fix it, or its page shows the source and this reason instead of the drawing',
      "content/blogs/c.md:22  diagram: Mermaid cannot read this diagram: Expecting 'SQE', got the end of the diagram (line 2 of the diagram) — fix it, or its page shows the source and this reason instead of the drawing",
    ]);
    expect(calls).toEqual([['graph TD\nA-->B', 'graph TD\nA[x', 'flowchat TD\nA']]);
  });

  it('reads only the diagrams it has not read before, and reports the others from its cache', async () => {
    const cacheFile = path.join(folder, 'again.json');
    await checkDiagrams(diagrams, { cacheFile, read });
    calls.length = 0;
    const again = await checkDiagrams([...diagrams, { file: 'content/blogs/d.md', line: 1, source: 'pie\n"a": 1' }], {
      cacheFile,
      read,
    });
    expect(calls).toEqual([['pie\n"a": 1']]);
    expect(again.map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/blogs/a.md:14',
      'content/blogs/b.md:4',
      'content/blogs/c.md:22',
    ]);
    calls.length = 0;
    expect(await checkDiagrams([], { cacheFile, read })).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('checkDiagrams when Mermaid itself fails', () => {
  it('warns once that the new diagrams are not checked, and lets the build go on, remembering none of them', async () => {
    const cacheFile = path.join(folder, 'failing.json');
    const failing: DiagramReader = () => Promise.reject(new Error('Cannot find package mermaid'));
    const diagrams = [
      { file: 'content/blogs/a.md', line: 7, source: 'graph TD\nA-->B' },
      { file: 'content/blogs/b.md', line: 3, source: 'pie\n"a": 1' },
    ];
    expect((await checkDiagrams(diagrams, { cacheFile, read: failing })).map(line)).toEqual([
      'content/blogs/a.md:7  diagram: 2 new or changed diagram(s) could not be read, as Mermaid failed: Cannot find package mermaid — they are not checked in this build',
    ]);
    const calls: string[][] = [];
    await checkDiagrams(diagrams, {
      cacheFile,
      read: (sources) => (calls.push([...sources]), Promise.resolve(sources.map(() => null))),
    });
    expect(calls).toEqual([['graph TD\nA-->B', 'pie\n"a": 1']]);
  });
});

describe("a post's diagrams, as the content check reads them", () => {
  it('gives each source with the line of its opening fence, whatever the case of its language', () => {
    const facts = readMarkdown(
      '# 标题\n\n```mermaid\ngraph TD\n  A-->B\n```\n\n```Mermaid\npie\n```\n\n```js\nx\n```\n',
    );
    expect(facts.diagrams).toEqual([
      { source: 'graph TD\n  A-->B', line: 3 },
      { source: 'pie', line: 8 },
    ]);
  });
});
