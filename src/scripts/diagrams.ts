import type { Mermaid } from 'mermaid';
import { version } from 'mermaid/package.json';
import { MERMAID_ENTRY, mermaidFolder } from '../lib/diagrams';
import { FEATURES } from './features';

/**
 * The two drawings of each diagram, for the light and the dark theme, with Mermaid's theme for each: the stylesheet
 * shows one, and prints the light one. Mermaid's dark theme puts its edges' labels, light grey, on a mid grey (4:1);
 * the site's dark grey under them makes them readable (9:1).
 */
const THEMES = [
  { theme: 'light', mermaid: { theme: 'default' } },
  { theme: 'dark', mermaid: { theme: 'dark', themeVariables: { edgeLabelBackground: '#1e2127' } } },
] as const;

/**
 * The smallest a diagram is drawn, against its own size: on a phone a wide one is shrunk down to this and then scrolls
 * sideways, as wide code and formulas do, so that its labels stay legible (12 px for a 16 px text).
 */
const MIN_SCALE = 0.75;

let loading: Promise<Mermaid> | undefined;

/** Mermaid, from the files the site serves (`src/integrations/diagrams.ts`), loaded once. */
function loadMermaid(): Promise<Mermaid> {
  const url = `${import.meta.env.BASE_URL}${mermaidFolder(version)}${MERMAID_ENTRY}`;
  loading ??= import(/* @vite-ignore */ url).then((module: { default: Mermaid }) => module.default);
  return loading;
}

let drawn = 0;

/** Draws one diagram in both themes, or says above its source why it cannot be drawn. */
async function draw(mermaid: Mermaid, figure: HTMLElement): Promise<void> {
  const source = figure.querySelector('.diagram__source');
  if (!source) return;
  const canvases: HTMLElement[] = [];
  try {
    for (const { theme, mermaid: look } of THEMES) {
      // Each drawing needs an id of its own: its styles are scoped to it.
      drawn += 1;
      mermaid.initialize({
        ...look,
        startOnLoad: false,
        securityLevel: 'strict',
        // Labels in the page's fonts (its CJK ones included), which Mermaid measures to lay the diagram out.
        fontFamily: getComputedStyle(figure).fontFamily,
        suppressErrorRendering: true,
      });
      const { svg } = await mermaid.render(`diagram-${drawn}`, source.textContent ?? '');
      const canvas = document.createElement('div');
      canvas.className = 'diagram__canvas';
      canvas.dataset.theme = theme;
      // Mermaid's own output, sanitized by it (`securityLevel: 'strict'`).
      canvas.innerHTML = svg;
      const drawing = canvas.querySelector('svg');
      const width = drawing?.viewBox.baseVal?.width ?? 0;
      if (drawing && width > 0) drawing.style.minWidth = `${Math.round(width * MIN_SCALE)}px`;
      canvases.push(canvas);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const note = document.createElement('p');
    note.className = 'diagram__error';
    note.textContent = (figure.dataset.errorText ?? '{reason}').replace('{reason}', message.split('\n')[0] ?? '');
    figure.prepend(note);
    figure.dataset.drawn = 'error';
    console.error(error);
    return;
  }
  figure.prepend(...canvases);
  figure.dataset.drawn = '';
  // It may scroll sideways: readers without a mouse scroll it from the keyboard, as a code block.
  figure.tabIndex = 0;
}

/**
 * Draws the diagrams of a post (`rehypeDiagrams`) with Mermaid, which a page loads only once one of them comes near
 * the screen. Each is drawn for both themes, so switching theme or printing needs no drawing again; its source stays
 * in the page, hidden, and shows where Mermaid cannot draw it, with the reason above it.
 */
export function enableDiagrams() {
  const figures = [...document.querySelectorAll<HTMLElement>(FEATURES.diagrams)];
  if (figures.length === 0) return;
  const drawAll = async () => {
    const mermaid = await loadMermaid();
    // One at a time: Mermaid's settings are shared by every drawing.
    for (const figure of figures) await draw(mermaid, figure);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      drawAll().catch((error: unknown) => console.error(error));
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}
