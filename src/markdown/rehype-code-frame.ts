import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from '../lib/visit.ts';
import { codeBlocks } from './code-blocks.ts';
import { isOpaque } from './opaque.ts';

export interface RehypeCodeFrameOptions {
  /** Text of the copy button. Default: `Copy`. */
  copyLabel?: string;
  /** Text the copy button shows once the code is copied. Default: `Copied`. */
  copiedLabel?: string;
}

/** Languages that need no label. */
const UNLABELLED = new Set(['', 'text', 'txt', 'plain', 'plaintext']);
/** `title="app.ts"`, or VitePress's `[app.ts]`, as its code groups label their blocks. */
const TITLE = /(?:^|\s)(?:title=(?:"([^"]*)"|'([^']*)'|(\S+))|\[([^\]]+)\](?=\s|$))/u;

function header(language: string, title: string | undefined, options: Required<RehypeCodeFrameOptions>): Element {
  const parts: ElementContent[] = [];
  if (title) parts.push(h('span.code__title', title));
  if (!UNLABELLED.has(language)) parts.push(h('span.code__language', language));
  // Hidden until the script that makes it work runs: no dead button without JavaScript.
  parts.push(
    h(
      'button.code__copy',
      { type: 'button', hidden: true, ariaLive: 'polite', dataCopied: options.copiedLabel },
      options.copyLabel,
    ),
  );
  return h('div.code__header', parts);
}

/**
 * Frames each fenced code block with a header: the title from the fence meta,
 * the language and a copy button. Runs before highlighting, which replaces the
 * `<pre>` inside the frame.
 *
 * @example
 *   ```` ```ts title="app.ts" ```` →
 *   `<div class="code" data-language="ts"><div class="code__header"><span class="code__title">app.ts</span><span class="code__language">ts</span><button class="code__copy" type="button" hidden data-copied="Copied">Copy</button></div><pre>…</pre></div>`
 */
export function rehypeCodeFrame(options: RehypeCodeFrameOptions = {}) {
  const labels = { copyLabel: options.copyLabel ?? 'Copy', copiedLabel: options.copiedLabel ?? 'Copied' };
  return (tree: Root) => {
    const blocks = new Map(codeBlocks(tree).map((block) => [block.pre, block]));
    visit(tree, 'element', (node, index, parent) => {
      const block = blocks.get(node);
      if (!block || !parent || index === undefined) return isOpaque(node) ? SKIP : undefined;
      const title = TITLE.exec(block.meta)
        ?.slice(1)
        .find((value) => value !== undefined);
      const frame = h('div.code', { dataLanguage: block.language || undefined }, [
        header(block.language, title, labels),
        node,
      ]);
      parent.children.splice(index, 1, frame);
      return SKIP;
    });
  };
}
