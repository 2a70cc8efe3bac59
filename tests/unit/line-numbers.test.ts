import { describe, expect, it } from 'vitest';
import { lineNumbersOf } from '../../src/markdown/shiki-line-numbers.ts';

describe('lineNumbersOf', () => {
  it('reads the line-number flags of Expressive Code, rehype-pretty-code and VitePress', () => {
    expect(lineNumbersOf('showLineNumbers')).toEqual({ start: 1 });
    expect(lineNumbersOf('title="a.ts" showLineNumbers=true {2}')).toEqual({ start: 1 });
    expect(lineNumbersOf('showLineNumbers startLineNumber=5')).toEqual({ start: 5 });
    expect(lineNumbersOf('startLineNumber=5 showLineNumbers')).toEqual({ start: 5 });
    expect(lineNumbersOf(':line-numbers')).toEqual({ start: 1 });
    expect(lineNumbersOf('{4} :line-numbers=2')).toEqual({ start: 2 });
  });

  it('gives none when the fence asks for none, or does not ask', () => {
    expect(lineNumbersOf('')).toBeUndefined();
    expect(lineNumbersOf('{2,4-6} title="showLineNumbers.ts"')).toBeUndefined();
    expect(lineNumbersOf('title="how showLineNumbers works"')).toBeUndefined();
    expect(lineNumbersOf("title='a startLineNumber=5 b' showLineNumbers")).toEqual({ start: 1 });
    expect(lineNumbersOf('startLineNumber=5')).toBeUndefined();
    expect(lineNumbersOf('showLineNumbers showLineNumbers=false')).toBeUndefined();
    expect(lineNumbersOf(':line-numbers :no-line-numbers')).toBeUndefined();
  });
});
