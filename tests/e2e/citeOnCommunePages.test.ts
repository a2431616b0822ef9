import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { builtHtmlPages, decodeAttribute, idsOf } from '../support/builtPages.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { expectReferenceLeadsToEntry } from '../support/sourceReference.ts';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';

const site = useSiteInBrowser();
const pages = builtHtmlPages(DIST);

/** Territory pages whose rows name their sources by a short reference (issue 17): all of them with figures. */
const compactPages = [...pages].filter(([path, html]) => /^\/(en\/territories|dia-ban)\//.test(path) && html.includes('class="figure-sources"'));

/** The citation each row of a page prints (the figure's canonical page: its indicator's), by row id. */
async function printedCitations(page: Page, path: string, lang: string): Promise<Map<string, string>> {
  await page.goto(`${site.server.origin}${path}`);
  const pairs = await page.evaluate(
    (lang) => [...document.querySelectorAll('tr[id]')].flatMap((row) => {
      const text = row.querySelector(`.cite__text[lang="${lang}"]`)?.textContent;
      return text ? [[row.id, text] as const] : [];
    }),
    lang,
  );
  return new Map(pairs);
}

test('the shipped site has compact territory pages in both languages, the commune page among them', () => {
  const paths = compactPages.map(([path]) => path);
  expect(paths).toContain(TEMPLATES.commune);
  expect(paths).toContain(TEMPLATES.communeEn);
  // Their rows carry no citation in the HTML: that is the weight this saves.
  for (const [path, html] of compactPages) expect(html, path).not.toContain('class="cite__text"');
});

test('on a compact page, Cite composes for every row exactly the citation the figure’s own page prints', async () => {
  const page = await site.browser.context.newPage();
  const canonical = await site.browser.context.newPage();
  const printed = new Map<string, Map<string, string>>();
  let compared = 0;
  try {
    for (const [path] of compactPages) {
      await page.goto(`${site.server.origin}${path}`);
      const lang = await page.evaluate(() => document.documentElement.lang);
      // The buttons are added when the browser is idle.
      await page.locator('table.figures td details.cite').first().waitFor();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableRowElement>('table.figures--refs tr[id]')].map((row) => {
          const details = row.querySelector<HTMLDetailsElement>('td:last-child > details.cite')!;
          details.open = true;
          details.dispatchEvent(new Event('toggle'));
          const table = row.closest('table')!;
          return {
            id: row.id,
            // A <data>, a span, or a <b> when its printed number is the value (Amount.astro).
            amount: row.querySelector('td:nth-last-child(2) :is(data, .number, b)')!.textContent!,
            page: row.dataset['citePage'] ?? table.dataset['citePage']!,
            citation: row.querySelector('.cite__text')?.textContent ?? null,
          };
        }),
      );
      expect(rows.length, path).toBeGreaterThan(0);
      for (const row of rows) {
        const where = `${path}#${row.id}`;
        expect(row.citation, where).not.toBeNull();
        expect(row.citation!, where).toContain(row.amount);
        // The permalink's page prints the citation; the composed one must be that text, to the character.
        const canonicalPath = new URL(row.page, site.server.origin).pathname;
        const key = `${canonicalPath} ${lang}`;
        if (!printed.has(key)) printed.set(key, await printedCitations(canonical, canonicalPath, lang));
        const expected = printed.get(key)!.get(row.id);
        expect(expected, `${where}: no citation printed on ${canonicalPath}`).toBeDefined();
        expect(row.citation, where).toBe(expected);
        compared += 1;
      }
    }
  } finally {
    await page.close();
    await canonical.close();
  }
  // The shipped figures of communes, districts, the province and the group, in two languages.
  expect(compared).toBeGreaterThan(100);
});

test('each compact page lists every document its rows cite, once, each entry naming the document its row’s own page links to', async () => {
  const problems: string[] = [];
  for (const [path, html] of compactPages) {
    const ids = idsOf(html);
    const entries = [...html.matchAll(/<li id="(S\d+)" data-document="([^"]+)"><a class="figure-sources__ref" href="([^"]+)"/g)].map((m) => ({ id: m[1]!, document: m[2]!, href: decodeAttribute(m[3]!) }));
    const entryIds = entries.map((entry) => entry.id);
    if (new Set(entries.map((entry) => entry.document)).size !== entries.length) problems.push(`${path}: a document is listed twice`);
    const cited = new Set<string>();
    // A result's row carries no id in the HTML (the browser derives it, rowIds.ts); a target's does.
    for (const row of html.matchAll(/<tr(?: id="([^"]+)")?[^>]*>([\s\S]*?)<\/tr>/g)) {
      const reference = /<a href="#(S\d+)"/.exec(row[2]!)?.[1];
      if (!reference) continue;
      cited.add(reference);
      if (!ids.has(reference)) problems.push(`${path}#${row[1]}: its reference #${reference} leads nowhere`);
    }
    for (const id of entryIds) if (!cited.has(id)) problems.push(`${path}: ${id} is listed but no row cites it`);
    if (cited.size === 0) problems.push(`${path}: no row refers to the list of sources`);
    // Independently of the list: the figure's canonical page links the row to its document's page.
    for (const entry of entries) if (!entry.href.endsWith(`/${entry.document}/`)) problems.push(`${path}: ${entry.id} (${entry.document}) links to ${entry.href}`);
  }
  expect(problems).toEqual([]);
  // Each row's id as the browser gives it back, and the document its reference names.
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}${TEMPLATES.commune}`);
  await page.locator('table.figures td details.cite').first().waitFor();
  const communeRows = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>('table.figures tbody tr')].map((row) => ['', row.id, document.getElementById(row.querySelector('a[href^="#S"]')!.getAttribute('href')!.slice(1))!.dataset['document']!] as const),
  );
  await page.close();
  expect(communeRows.every(([, id]) => id !== '')).toBe(true);
  const fullPage = pages.get(TEMPLATES.indicator)!;
  const matched = communeRows.flatMap(([, row, document]) => {
    const printed = new RegExp(`<tr id="${row}"[^>]*>[\\s\\S]*?<a href="/van-ban/([^/]+)/"`).exec(fullPage)?.[1];
    return printed === undefined ? [] : [{ row, document, printed }];
  });
  expect(matched.length).toBeGreaterThan(0);
  for (const { row, document, printed } of matched) expect(document, row).toBe(printed);
});

test('an address naming a result’s row on a commune page finds it: with JavaScript the row gets back the figure’s id and is shown', async () => {
  // The row's id as the figure's own page (the permalink every citation gives) carries it.
  const id = /<tr id="(ty-le-ho-ngheo--nam-chay--2023-10-31--[^"]+)"/.exec(pages.get(TEMPLATES.indicator)!)?.[1];
  expect(id).toBeDefined();
  expect(pages.get(TEMPLATES.commune)).not.toContain(`id="${id}"`);
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${site.server.origin}${TEMPLATES.commune}#${id}`);
  const row = page.locator(`tr[id="${id}"]`);
  await row.waitFor();
  expect(await row.locator('td').first().innerText()).toContain('31/10/2023');
  expect(await row.locator('td:nth-child(2) :is(data, b)').innerText()).toBe('40,8%');
  await expect.poll(() => row.evaluate((element) => element.getBoundingClientRect().top > -2 && element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  await page.close();
});

test('without JavaScript, a row’s reference leads to its document named in full, and no Cite button is shown', async () => {
  const noScript = await openBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.context.newPage();
    for (const path of [TEMPLATES.commune, TEMPLATES.communeEn]) {
      await page.goto(`${site.server.origin}${path}`);
      await expectReferenceLeadsToEntry(page, 'first');
    }
    await page.close();
  } finally {
    await noScript.close();
  }
});
