/**
 * On a page with formulas, makes copying a selection that holds any give their TeX source in the copied text (`$…$`,
 * and `$$…$$` for display math), as KaTeX's `copy-tex` does, instead of KaTeX's glyphs and the MathML's text run
 * together; a selection starting or ending inside a formula takes all of it. Pasted as HTML, the selection stays as
 * it was. Loaded only where there is a formula.
 */
export function enableTexCopy() {
  if (document.querySelector('.prose .katex')) void import('katex/contrib/copy-tex');
}
