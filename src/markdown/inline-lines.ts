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
