import type { Element } from 'hast';

/**
 * Whether a hast element has the class `name` (hast keeps `class` as the array `properties.className`).
 *
 * @example
 * hasClass(h('code.language-math.math-inline', 'x'), 'math-inline'); // → true
 */
export function hasClass(element: Element, name: string): boolean {
  const { className } = element.properties;
  return Array.isArray(className) && className.includes(name);
}
