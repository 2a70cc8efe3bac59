import { describe, expect, it } from 'vitest';
import { checkSeriesFile, readSeriesFile } from '../../src/lib/content-check/series-file.ts';

/** Each problem as the build prints it. */
const printed = (problems: { file: string; line: number; field?: string; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`);

const FIX = 'write it indented below the name: "  description: 从检索到评测，一步步搭起一个大模型应用"';

describe('readSeriesFile', () => {
  it("reads each series' description by its name, as posts write it", () => {
    const text =
      '# 系列说明\n大模型应用工程:\n  description: 从检索到评测。\nC/C++ 入门:\n  description: >\n    从指针\n    讲起。\n';
    expect(readSeriesFile(text)).toEqual({
      descriptions: new Map([
        ['大模型应用工程', '从检索到评测。'],
        ['C/C++ 入门', '从指针 讲起。'],
      ]),
      problems: [],
    });
    expect(readSeriesFile('')).toEqual({ descriptions: new Map(), problems: [] });
  });

  it('names the line, the series and the fix of every mistake, word for word', () => {
    const text = [
      '甲: 一句话写在名字后面',
      '乙:',
      '  title: 乙系列',
      '丙:',
      '  description: 3',
      '丁:',
      '  description: ""',
      '戊:',
      '  description: 写对了。',
    ].join('\n');
    const { descriptions, problems } = readSeriesFile(text);
    expect(descriptions).toEqual(new Map([['戊', '写对了。']]));
    expect(printed(problems)).toEqual([
      `content/series.yaml:1  甲: expected a description below the name, found "一句话写在名字后面" — ${FIX}`,
      'content/series.yaml:3  乙.title: unknown field — a series has only a description',
      `content/series.yaml:2  乙: expected a description below the name, found none — ${FIX}`,
      `content/series.yaml:5  丙.description: expected text, found the number 3 — ${FIX}`,
      `content/series.yaml:7  丁.description: expected text, found an empty value — ${FIX}`,
    ]);
  });

  it('says where YAML it cannot read goes wrong, and what a file of one value should be', () => {
    expect(printed(readSeriesFile('甲:\n  description: "没有收尾的引号\n').problems)).toEqual([
      'content/series.yaml:2  yaml: invalid YAML: the value quoted with " on this line is never closed — add the closing "',
    ]);
    expect(printed(readSeriesFile('只有一句话').problems)).toEqual([
      'content/series.yaml:1  yaml: expected series names, one per line, each with a description, found a single value',
    ]);
  });
});

describe('checkSeriesFile', () => {
  it('warns of a described series no post is in, naming the one a character away', () => {
    const text =
      '大模型应用工层:\n  description: 错了一个字。\n数据库:\n  description: 没有文章。\n大模型应用工程:\n  description: 对的。\n';
    expect(printed(checkSeriesFile(text, new Set(['大模型应用工程', 'Go 入门'])))).toEqual([
      'content/series.yaml:1  大模型应用工层: no post is in the series "大模型应用工层", so no page shows this description — write the name as the posts do: 大模型应用工程',
      'content/series.yaml:3  数据库: no post is in the series "数据库", so no page shows this description — write the name as the posts\' series: field does, or remove it',
    ]);
    expect(checkSeriesFile(text, new Set(['大模型应用工层', '数据库', '大模型应用工程']))).toEqual([]);
  });
});
