import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../lib/visit.ts';

// In these comments `*\/` stands for the star and slash that end Hugo's comment marks (and would end the comment).

/** Hugo's escaped shortcode delimiters, `{{</*` and `*\/>}}` (or with `%`), which Hugo shows without the comment marks. */
const ESCAPED = /\{\{([<%])\/\*|\*\/([>%])\}\}/gu;

/** `text` as Hugo shows it: `{{</* figure *\/>}}` becomes `{{< figure >}}`. */
function unescape(text: string): string {
  return text.replace(ESCAPED, (_match, open: string | undefined, close: string | undefined) =>
    open ? `{{${open}` : `${close}}}`,
  );
}

/**
 * Shows Hugo's escaped shortcodes as Hugo does: a page explaining a shortcode writes `{{</* figure src="a.png" *\/>}}`
 * (in a code block, mostly) so that Hugo shows `{{< figure src="a.png" >}}` instead of running it, and readers of the
 * post should see the same, not the comment marks. In code, inline code and text alike, as Hugo reads them everywhere.
 * It belongs after `remarkPostFacts`: a shortcode it shows in text is shown on purpose, not one to warn of.
 *
 * @example
 *   ```` ```markdown ```` / `{{</* highlight go *\/>}}` / ```` ``` ```` →
 *   ```` ```markdown ```` / `{{< highlight go >}}` / ```` ``` ````
 */
export function remarkTemplateEscapes() {
  return (tree: Root, file: VFile) => {
    // Most posts have none: their trees need no walk.
    if (!/\{\{[<%]\/\*/u.test(String(file.value ?? ''))) return;
    visit(tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'text') node.value = unescape(node.value);
    });
  };
}
