import { expect, test } from 'vitest';
import { builtHtmlPages } from '../support/builtPages.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';

// A territory's page carries only its first screen's styles and links the whole stylesheet at
// the end of its body (BaseLayout.astro). On a slow phone network that file arrives seconds after
// the first paint: until then the reader sees the first screen as the page's own styles draw it,
// and nothing there may look different, or move, once the file has arrived.
const SCREENS = [
  { width: 360, height: 800 },
  { width: 1280, height: 800 },
];
const TERRITORY_PAGES = [TEMPLATES.commune, TEMPLATES.communeEn, TEMPLATES.newCommune, TEMPLATES.district, TEMPLATES.province, TEMPLATES.group];
const withScript = useSiteInBrowser();
const withoutScript = useSiteInBrowser({ javaScriptEnabled: false });

test.each([
  ['with JavaScript', withScript],
  ['without JavaScript', withoutScript],
] as const)('%s, the first screen of a territory page at 360 and 1280 px is the same before and after the shared stylesheet arrives', async (_how, site) => {
  const different: string[] = [];
  for (const viewport of SCREENS) {
    for (const path of TERRITORY_PAGES) {
      const screenshot = async (withSharedStylesheet: boolean) => {
        const page = await site.browser.context.newPage();
        await page.setViewportSize(viewport);
        let stylesheets = 0;
        await page.route('**/*.css', (route) => {
          stylesheets += 1;
          return withSharedStylesheet ? route.continue() : route.abort();
        });
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        // A chart in view is drawn once its code has loaded: let it settle in both.
        await page.waitForTimeout(500);
        const image = await page.screenshot();
        await page.close();
        expect(stylesheets, `${path} links the shared stylesheet`).toBe(1);
        return image;
      };
      const before = await screenshot(false);
      const after = await screenshot(true);
      if (!before.equals(after)) different.push(`${path} at ${viewport.width} px`);
    }
  }
  expect(different).toEqual([]);
});

test('every territory page links the one shared stylesheet at the end of its body, an embed page links it in its head, and every other page carries the whole stylesheet inside it', () => {
  const problems: string[] = [];
  const linked = new Set<string>();
  for (const [path, html] of builtHtmlPages(DIST)) {
    const link = /<link rel="stylesheet" href="([^"]+)">/.exec(html);
    const territory = /^\/(en\/territories|dia-ban)\/[^/]+\/$/.test(path);
    const linksInHead = /^\/(nhung|en\/embed)\/.+\/$/.test(path);
    if (link) linked.add(link[1]!);
    if (territory) {
      if (!link) problems.push(`${path}: no shared stylesheet`);
      else if (!html.endsWith(`${link[0]}</body></html>`)) problems.push(`${path}: the shared stylesheet is not the last thing in the body`);
    } else if (linksInHead) {
      if (!link || link.index > html.indexOf('</head>')) problems.push(`${path}: no shared stylesheet in its head`);
      if (/<style>/.test(html)) problems.push(`${path}: carries a stylesheet too`);
    } else if (link) problems.push(`${path}: links a stylesheet`);
    else if (!/<style>/.test(html)) problems.push(`${path}: carries no stylesheet`);
  }
  expect(problems).toEqual([]);
  expect([...linked]).toHaveLength(1);
});
