import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserOptions, type OpenBrowser } from './browser.ts';
import { DIST } from './siteUnderTest.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';

export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: OpenBrowser;
}

/**
 * The built site served on loopback and a Chromium to read it with, for the tests of one file:
 * started before its tests, closed after them.
 */
export function useSiteInBrowser(options: BrowserOptions = {}, root: string = DIST): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: OpenBrowser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(root);
    browser = await openBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the site is served only while the tests run');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is open only while the tests run');
      return browser;
    },
  };
}
