import { FEATURES } from './features';

/** How long the button says the code was copied, in milliseconds. */
const CONFIRMATION = 2000;

/** The text of a highlighted block as it should be pasted: lines a diff removes are left out. */
function codeText(pre: Element): string {
  const lines = [...pre.querySelectorAll('.line')];
  if (lines.length === 0) return pre.textContent ?? '';
  return lines
    .filter((line) => !line.classList.contains('remove'))
    .map((line) => line.textContent)
    .join('\n');
}

/**
 * Shows the copy buttons of code blocks (hidden in the HTML, so readers without
 * JavaScript see no dead button) and makes them copy the block.
 */
export function enableCodeCopy() {
  for (const button of document.querySelectorAll<HTMLButtonElement>(FEATURES.codeCopy)) {
    const pre = button.closest('.code')?.querySelector('pre');
    if (!pre || !navigator.clipboard) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(codeText(pre));
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), CONFIRMATION);
    });
  }
}
