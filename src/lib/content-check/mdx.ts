import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownSyntax } from '../../markdown/syntax.ts';

/** A syntax error in an MDX post: where it is and what the parser says. */
export interface MdxSyntaxError {
  line: number;
  reason: string;
}

/**
 * As `@astrojs/mdx` reads a post: MDX first, then the pipeline's syntax (`markdownSyntax`), so that braces in math
 * (`$\ce{A -> B}$`), in directives' attributes and in code are text, not JavaScript expressions. Only parsing is
 * done here, so only the syntax extensions of those plugins take part.
 */
const reader = unified().use(remarkParse).use(remarkMdx).use(markdownSyntax);

/** What micromark and mdast-util-mdx-jsx throw: a `VFileMessage`, with the place of the mistake. */
const isParseMessage = (error: unknown): error is { reason: string; line?: number | null } =>
  typeof error === 'object' && error !== null && 'reason' in error && typeof error.reason === 'string';

/**
 * The first syntax error of an MDX post's body (its lines are the file's lines), as `@astrojs/mdx` would meet it
 * later in the build: an unclosed or misnested JSX tag, a `<` or `{` in text, a JavaScript expression that does not
 * parse. `undefined` when the body parses.
 *
 * @example
 * mdxSyntaxError('<div>\n</section>'); // → { line: 2, reason: 'Unexpected closing tag `</section>`, …' }
 */
export function mdxSyntaxError(body: string): MdxSyntaxError | undefined {
  try {
    reader.parse(body);
    return undefined;
  } catch (error) {
    if (!isParseMessage(error)) throw error;
    return { line: error.line ?? 1, reason: error.reason };
  }
}
