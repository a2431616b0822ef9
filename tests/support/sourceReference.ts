import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Without JavaScript, a compact page's row names its document by a short reference: following
 * it must land on that document's entry in the page's list of sources, visible and named in full
 * (its title in quotes), with no Cite button offered (Cite needs the script).
 */
export async function expectReferenceLeadsToEntry(page: Page, row: 'first' | 'last' = 'first'): Promise<void> {
  // A grid (FigureGrid.astro) names a column's source in its header, a cell's own in the cell.
  const references = page.locator('table.figures td a[href^="#S"], table.figures-grid a[href^="#S"]');
  const reference = row === 'first' ? references.first() : references.last();
  const anchor = (await reference.getAttribute('href'))!;
  await reference.click();
  expect(new URL(page.url()).hash).toBe(anchor);
  const entry = page.locator(':target');
  expect(await entry.getAttribute('id')).toBe(anchor.slice(1));
  expect(await entry.isVisible()).toBe(true);
  expect(await entry.locator('.figure-sources__ref').innerText()).toMatch(/“.+”/);
  expect(await page.locator('details.cite').count()).toBe(0);
}
