import type { PhrasingContent, Text } from 'mdast';

const text = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value }] : []);

/** Splits inline content at its first line break: `[first line, the lines after]`. */
export function splitFirstLine(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (const [index, child] of children.entries()) {
    if (child.type !== 'text' || !child.value.includes('\n')) continue;
    const cut = child.value.indexOf('\n');
    return [
      [...children.slice(0, index), ...text(child.value.slice(0, cut))],
      [...text(child.value.slice(cut + 1)), ...children.slice(index + 1)],
    ];
  }
  return [children, []];
}

/** Splits inline content whose last line is plain text: `[the lines before, last line]`. */
export function splitLastLine(children: PhrasingContent[]): [PhrasingContent[], string] | undefined {
  const last = children.at(-1);
  if (last?.type !== 'text') return undefined;
  const cut = last.value.lastIndexOf('\n');
  if (cut === -1 && children.length > 1) return undefined;
  return [[...children.slice(0, -1), ...text(last.value.slice(0, Math.max(cut, 0)))], last.value.slice(cut + 1)];
}

/**
 * `node`'s text from `from` to `to`, placed where it starts in the file: its line, and the column and offset as the
 * text has them (Markdown took a line's indentation and escapes out of it).
 */
export function textPart(node: Text, from: number, to: number): Text {
  const start = node.position?.start;
  const lines = node.value.slice(0, from).split('\n');
  const place = start && {
    line: start.line + lines.length - 1,
    column: lines.length === 1 ? start.column + from : lines.at(-1)!.length + 1,
    offset: (start.offset ?? 0) + from,
  };
  return { type: 'text', value: node.value.slice(from, to), ...(place && { position: { start: place, end: place } }) };
}

/**
 * `node` split at each match of `pattern` (global) that `make` turns into a node, which is placed where the match
 * starts; the text between stays text, placed too. Undefined when `make` turns none into a node.
 *
 * @example
 * splitText(text('见 {% post_link a %}。'), /\{% post_link (\S+) %\}/gu, (m) => link(m[1])); // → [见 , link, 。]
 */
export function splitText(
  node: Text,
  pattern: RegExp,
  make: (match: RegExpExecArray) => PhrasingContent | undefined,
): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const made = make(match);
    if (!made) continue;
    if (match.index > last) parts.push(textPart(node, last, match.index));
    const { position } = textPart(node, match.index, match.index);
    parts.push(position ? { ...made, position } : made);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push(textPart(node, last, node.value.length));
  return parts;
}
