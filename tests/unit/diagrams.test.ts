import { describe, expect, it } from 'vitest';
import { MERMAID_ENTRY, mermaidFileOf, mermaidFolder } from '../../src/lib/diagrams.ts';

describe('mermaidFileOf', () => {
  const folder = `/${mermaidFolder('12.3.0')}`;

  it("gives the entry and the chunks of Mermaid's browser build", () => {
    expect(mermaidFileOf(`${folder}${MERMAID_ENTRY}`, '/', '12.3.0')).toBe('mermaid.esm.min.mjs');
    expect(mermaidFileOf(`${folder}chunks/mermaid.esm.min/chunk-NYALJP3A.mjs`, '/', '12.3.0')).toBe(
      'chunks/mermaid.esm.min/chunk-NYALJP3A.mjs',
    );
  });

  it('reads the folder under the base the site is served from', () => {
    expect(mermaidFileOf(`/docs${folder}${MERMAID_ENTRY}`, '/docs', '12.3.0')).toBe(MERMAID_ENTRY);
    expect(mermaidFileOf(`/docs${folder}${MERMAID_ENTRY}`, '/docs/', '12.3.0')).toBe(MERMAID_ENTRY);
    expect(mermaidFileOf(`${folder}${MERMAID_ENTRY}`, '/docs/', '12.3.0')).toBeUndefined();
  });

  it('gives nothing for another version, a source map, another build or a path that climbs out', () => {
    for (const pathname of [
      `/${mermaidFolder('11.0.0')}${MERMAID_ENTRY}`,
      `${folder}${MERMAID_ENTRY}.map`,
      `${folder}chunks/mermaid.esm.min/chunk-NYALJP3A.mjs.map`,
      `${folder}mermaid.core.mjs`,
      `${folder}chunks/mermaid.core/chunk-A.mjs`,
      `${folder}chunks/mermaid.esm.min/../../../package.json`,
      `${folder}chunks/mermaid.esm.min/..mjs`,
      `${folder}`,
    ]) {
      expect(mermaidFileOf(pathname, '/', '12.3.0'), pathname).toBeUndefined();
    }
  });
});
