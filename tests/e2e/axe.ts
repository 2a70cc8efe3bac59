import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels every page is held to. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's violations on the page, or on the part of it `include` selects, one line each with the elements at fault.
 *
 * Axe runs in the page itself, frames of its origin included (`setLegacyMode`): by default it runs in each frame and
 * then opens a blank page to gather the results, which took a second of each check on two cores, and the site's pages
 * have no frames of another origin when checked (comments and videos load when asked). Only violations are gathered
 * whole (`resultTypes`), not every element that passed.
 *
 * @example
 * expect(await axeViolations(page)).toEqual([]);
 * expect(await axeViolations(page, 'figure.diagram')).toEqual([]);
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .setLegacyMode(true);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
