/**
 * `src/lib/visit.ts` stands in for `unist-util-visit` and `unist-util-visit-parents` in Inkstone's plugins: every
 * scenario here runs with both, on copies of one tree, and must see the same nodes, indexes, parents and ancestors in
 * the same order, and leave the same tree.
 */
import type { Element, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { Node, Parent } from 'unist';
import * as library from 'unist-util-visit';
import * as libraryParents from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import * as ours from '../../src/lib/visit.ts';

const tree = (): Root =>
  h(null, [
    h('h2', ['标题 ', h('code', 'x')]),
    h('p', ['一', h('em', ['二', h('strong', '三')]), '四']),
    h('pre', [h('code', 'const a = 1;')]),
    h('ul', [h('li', ['甲']), h('li', ['乙', h('p', '丙')])]),
    h('p', ['末']),
  ]);

const label = (node: Node) =>
  node.type === 'element'
    ? (node as Element).tagName
    : node.type === 'text'
      ? `"${(node as Node & { value?: string }).value}"`
      : node.type;

type Visit = typeof ours.visit;
type Scenario = (visit: Visit, api: { SKIP: 'skip'; EXIT: false }, log: string[]) => (root: Root) => void;

const scenarios: Record<string, Scenario> = {
  'every node': (visit, _api, log) => (root) =>
    visit(root, (node, index, parent) => void log.push(`${label(node)} ${index} ${parent ? label(parent) : '-'}`)),
  'elements only': (visit, _api, log) => (root) =>
    visit(root, 'element', (node, index) => void log.push(`${node.tagName} ${index}`)),
  'skipping code blocks and headings':
    (visit, { SKIP }, log) =>
    (root) =>
      visit(root, 'element', (node) => {
        log.push(node.tagName);
        return node.tagName === 'pre' || node.tagName === 'h2' ? SKIP : undefined;
      }),
  'stopping at the first list item':
    (visit, { EXIT }, log) =>
    (root) =>
      visit(root, (node) => {
        log.push(label(node));
        return label(node) === 'li' ? EXIT : undefined;
      }),
  'removing each <em> and going on at its index': (visit, _api, log) => (root) =>
    visit(root, 'element', (node, index, parent) => {
      log.push(node.tagName);
      if (node.tagName !== 'em' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return index;
    }),
  'replacing each <li> with two and skipping both':
    (visit, { SKIP }, log) =>
    (root) =>
      visit(root, 'element', (node, index, parent) => {
        log.push(node.tagName);
        if (node.tagName !== 'li' || !parent || index === undefined) return undefined;
        parent.children.splice(index, 1, h('li', 'a'), h('li', 'b'));
        return [SKIP, index + 2];
      }),
};

describe('visit', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(`walks as unist-util-visit does: ${name}`, () => {
      const run = (visit: Visit, api: { SKIP: 'skip'; EXIT: false }) => {
        const log: string[] = [];
        const root = tree();
        scenario(visit, api, log)(root);
        return { log, root };
      };
      const expected = run(library.visit as Visit, library);
      expect(expected.log.length).toBeGreaterThan(3);
      expect(run(ours.visit, ours)).toEqual(expected);
    });
  }
});

describe('visitParents', () => {
  it('passes the ancestors as unist-util-visit-parents does, skipping and stopping alike', () => {
    const run = (visitParents: typeof ours.visitParents, api: { SKIP: 'skip'; EXIT: false }) => {
      const log: string[] = [];
      visitParents(tree(), 'element', (node, ancestors: Parent[]) => {
        log.push(`${ancestors.map(label).join('>')}>${node.tagName}`);
        if (node.tagName === 'pre') return api.SKIP;
        return (node.children as RootContent[]).some((child) => label(child) === '"丙"') ? api.EXIT : undefined;
      });
      return log;
    };
    const expected = run(libraryParents.visitParents as typeof ours.visitParents, libraryParents);
    expect(expected).toContain('root>ul>li>p');
    expect(run(ours.visitParents, ours)).toEqual(expected);
  });
});

describe('the installed unist-util-visit-parents', () => {
  // `scripts/patches/unist-util-visit-parents+6.1.0.patch`, applied by `postinstall`: without it, every library
  // plugin's walk names a function per node (`node (text)` in stack traces), which costs a fifth of a render.
  it('is patched not to name a function for each node it passes', () => {
    let stack = '';
    libraryParents.visitParents(tree(), 'text', () => {
      stack = new Error('here').stack ?? '';
      return libraryParents.EXIT;
    });
    expect(stack).toContain('unist-util-visit-parents');
    expect(stack).not.toContain('at node (');
  });
});
