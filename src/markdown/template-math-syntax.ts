import type { InlineMath } from 'mdast-util-math';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';
import { closingPattern } from '../lib/content-check/template-tags.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    templateMath: 'templateMath';
    templateMathTag: 'templateMathTag';
    templateMathData: 'templateMathData';
  }
}

/** An opening of math: hugo-book's `{{< katex >}}` (`display` or not), hexo-math's `{% katex %}`, `{% mathjax %}`. */
const MATH_OPENING =
  /^(?:\{\{[<%][ \t]*(katex|math)(?![\w-])[^\n]*?[>%]\}\}|\{%-?[ \t]*(katex|mathjax|math)(?![\w-])[^\n%]*?-?%\})$/u;

/** The closing of the math tag `name`, in Hugo's syntax or Hexo's, as a whole tag. */
const mathClosing = (hugo: boolean, name: string) =>
  new RegExp(`^${closingPattern(hugo ? 'hugo' : 'hexo', name)}$`, 'u');

const LEFT_BRACE = 123;
const PERCENT = 37;
/** micromark's codes for CR, LF and CRLF are below -2; end of file is `null`. */
const isLineEnding = (code: Code) => code !== null && code < -2;
/** A tag is short: this many characters without its end is not one. */
const MAX_TAG = 200;

/** The name of a tag `tag` that `MATH_OPENING` accepts, and whether it is Hugo's. */
function openingOf(tag: string): { hugo: boolean; name: string } | undefined {
  const match = MATH_OPENING.exec(tag);
  return match ? { hugo: match[1] !== undefined, name: (match[1] ?? match[2])! } : undefined;
}

/**
 * Where the tag that starts `text` ends: after its first `}}` (Hugo's `{{< … >}}`) or `%}` (Hexo's `{% … %}`); -1 if
 * it does not end in `text`.
 */
function tagEnd(text: string): number {
  const at = text.startsWith('{{') ? text.indexOf('}}', 3) : text.indexOf('%}', 2);
  return at === -1 ? -1 : at + 2;
}

/**
 * Reads one tag, `{{< … >}}` or `{% … %}` on one line, as a `templateMathTag` token, and accepts it if `accept`
 * does: the characters are taken until the tag's end (`tagEnd`), then matched as a whole.
 */
function tagTokenizer(effects: Effects, accept: (tag: string) => boolean, ok: State, nok: State): State {
  let tag = '';
  const take = (code: Code) => {
    tag += String.fromCodePoint(code!);
    effects.consume(code);
  };
  const inside: State = (code) => {
    if (code === null || isLineEnding(code) || tag.length > MAX_TAG) return nok(code);
    take(code);
    if (tagEnd(tag) === -1) return inside;
    effects.exit('templateMathTag');
    return accept(tag) ? ok : nok;
  };
  return (code) => {
    if (code !== LEFT_BRACE) return nok(code);
    effects.enter('templateMathTag');
    take(code);
    return (next: Code) => (next === LEFT_BRACE || next === PERCENT ? inside(next) : nok(next));
  };
}

/**
 * The micromark syntax of math written as a Hexo or Hugo tag inside a paragraph, `{{< katex >}}\sum_{i=1}^n{{< /katex >}}`,
 * read like `$…$`: what is between the tags is TeX, where `*`, `_` and `\\` are not Markdown's. Without its closing in
 * the same paragraph, the opening is text.
 *
 * @example
 *   micromark('和 {{< katex >}}a_1 * b_1{{< /katex >}}', { extensions: [templateMathSyntax] })
 */
export const templateMathSyntax: Extension = {
  text: {
    [LEFT_BRACE]: {
      name: 'templateMath',
      tokenize(effects, ok, nok) {
        let closing: RegExp | undefined;
        const content: State = (code) => {
          if (code === null) return nok(code);
          if (isLineEnding(code)) {
            effects.enter('lineEnding');
            effects.consume(code);
            effects.exit('lineEnding');
            return content;
          }
          if (code === LEFT_BRACE) return effects.attempt(closingTag, done, dataStart)(code);
          return dataStart(code);
        };
        // micromark consumes only inside an open token: the TeX between line endings and tags is `templateMathData`.
        const dataStart: State = (code) => {
          effects.enter('templateMathData');
          effects.consume(code);
          return data;
        };
        const data: State = (code) => {
          if (code === null || isLineEnding(code) || code === LEFT_BRACE) {
            effects.exit('templateMathData');
            return content(code);
          }
          effects.consume(code);
          return data;
        };
        const closingTag: Construct = {
          partial: true,
          tokenize: (tagEffects, tagOk, tagNok) => tagTokenizer(tagEffects, (tag) => closing!.test(tag), tagOk, tagNok),
        };
        const done: State = (code) => {
          effects.exit('templateMath');
          return ok(code);
        };
        const opening = (tag: string) => {
          const found = openingOf(tag);
          if (found) closing = mathClosing(found.hugo, found.name);
          return found !== undefined;
        };
        return (code) => {
          effects.enter('templateMath');
          return tagTokenizer(effects, opening, content, nok)(code);
        };
      },
    },
  },
};

/** The TeX between a tag's opening and its closing, as written (its line endings as LF), without space around it. */
function mathTagContent(raw: string): string {
  // The closing is the last tag, the only `{{` or `{%` in it its start.
  const closing = raw.lastIndexOf(raw.startsWith('{{') ? '{{' : '{%');
  return raw.slice(tagEnd(raw), closing).replace(/\r\n?/gu, '\n').trim();
}

/** The mdast of that syntax: an `inlineMath` node, as remark-math makes of `$…$`. */
export const templateMathFromMarkdown: FromMarkdownExtension = {
  enter: {
    templateMath(this: CompileContext, token: Token) {
      const node: InlineMath = { type: 'inlineMath', value: '' };
      this.enter(node, token);
    },
  },
  exit: {
    templateMath(this: CompileContext, token: Token) {
      const node = this.stack.at(-1) as InlineMath;
      const value = mathTagContent(this.sliceSerialize(token));
      node.value = value;
      node.data = {
        hName: 'code',
        hProperties: { className: ['language-math', 'math-inline'] },
        hChildren: [{ type: 'text', value }],
      };
      this.exit(token);
    },
  },
};
