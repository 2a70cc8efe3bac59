/**
 * The tree walk of Inkstone's remark and rehype plugins: `visit` and `visitParents` as `unist-util-visit` and
 * `unist-util-visit-parents` have them (same order, `SKIP`, `EXIT`, returned indexes; `tests/unit/visit.test.ts` runs
 * both), without what those do for every node they pass: create a function for it, name it for stack traces
 * (`Object.defineProperty`), and copy the ancestors for its children. That made a walk of a post's tree about 25 times
 * slower, and the plugins' walks a fifth of the time a post takes to render; with this, 1000 bench posts render in 17
 * ms each instead of 21, to the same bytes. Plugins from libraries keep their walks, with the naming patched out
 * (`scripts/patches/`); even then this walk saves about 2 ms a bench post over the library's.
 */
import type { Node, Parent } from 'unist';
import type { BuildVisitor as BuildParentsVisitor } from 'unist-util-visit-parents';
import type { BuildVisitor } from 'unist-util-visit';

/** Go on: walk the node's children, then its next sibling. */
export const CONTINUE = true;
/** Stop the whole walk. */
export const EXIT = false;
/** Do not walk the node's children. */
export const SKIP = 'skip';

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
type Result = readonly [Action, number?];
type AnyVisitor = (node: Node, ancestors: Parent[], index: number | undefined) => unknown;

const GO_ON: Result = [CONTINUE];

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value as unknown as Result;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === undefined || value === null ? GO_ON : [value as Action];
}

/** The arguments after the tree, as both functions take them: a node type and a visitor, or a visitor alone. */
function typeAndVisitor<Visitor>(check: unknown, visitor: unknown): [string | undefined, Visitor] {
  return typeof check === 'function' ? [undefined, check as Visitor] : [check as string, visitor as Visitor];
}

function walk(tree: Node, type: string | undefined, visitor: AnyVisitor): void {
  const ancestors: Parent[] = [];
  const one = (node: Node, index: number | undefined): Result => {
    const matches = type === undefined || node.type === type;
    const result = matches ? toResult(visitor(node, ancestors, index)) : GO_ON;
    if (result[0] === EXIT) return result;
    const { children } = node as Partial<Parent>;
    if (children && result[0] !== SKIP) {
      ancestors.push(node as Parent);
      let offset = 0;
      while (offset > -1 && offset < children.length) {
        const sub = one(children[offset]!, offset);
        if (sub[0] === EXIT) {
          ancestors.pop();
          return sub;
        }
        offset = typeof sub[1] === 'number' ? sub[1] : offset + 1;
      }
      ancestors.pop();
    }
    return result;
  };
  one(tree, undefined);
}

/**
 * `visitParents` of `unist-util-visit-parents`, for a node type or every node: the same order, `SKIP`, `EXIT` and
 * returned indexes. The ancestors array is the walk's own, changed as it goes: read it in the visitor, do not keep it.
 */
export function visitParents<Tree extends Node, Check extends string>(
  tree: Tree,
  check: Check,
  visitor: BuildParentsVisitor<Tree, Check>,
): void;
export function visitParents<Tree extends Node>(tree: Tree, visitor: BuildParentsVisitor<Tree>): void;
export function visitParents(tree: Node, check: unknown, visitor?: unknown): void {
  walk(tree, ...typeAndVisitor<AnyVisitor>(check, visitor));
}

/**
 * `visit` of `unist-util-visit`, for a node type or every node: the visitor gets the node, its index and its parent,
 * in the same order, with the same `SKIP`, `EXIT` and returned indexes.
 */
export function visit<Tree extends Node, Check extends string>(
  tree: Tree,
  check: Check,
  visitor: BuildVisitor<Tree, Check>,
): void;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): void;
export function visit(tree: Node, check: unknown, visitor?: unknown): void {
  type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;
  const [type, each] = typeAndVisitor<Visitor>(check, visitor);
  walk(tree, type, (node, ancestors, index) => each(node, index, ancestors.at(-1)));
}
