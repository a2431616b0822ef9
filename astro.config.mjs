// @ts-check
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { watchDataFolder } from './src/site/dev/watchDataFolder.ts';
import { cacheFolder } from './src/node/loadCache.ts';

/** Astro's own caches, among them the pages of the last build (below), beside the data and image caches. */
const astroCache = cacheFolder('pages', import.meta.dirname);

/**
 * Hosts that serve the nearest 404.html for a missing address (Cloudflare Pages, Netlify with a
 * rule, nginx's try_files) look for en/404.html; Astro writes only the root one as a file and
 * en/404.astro as en/404/index.html, so it is moved to its place after the build.
 */
/** @type {import('astro').AstroIntegration} */
const notFoundPages = {
  name: 'minhbach:not-found-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const folder = new URL('en/404/', dir);
      if (!existsSync(new URL('index.html', folder))) return;
      renameSync(new URL('index.html', folder), new URL('en/404.html', dir));
      rmdirSync(folder);
    },
  },
};

/**
 * A static site: every page is HTML at build time, served from dist/. The Content-Security-Policy
 * allows nothing from other hosts, and only this site's own scripts and styles (Astro adds the
 * hashes of any it inlines), so a stray third-party request fails loudly in the browser tests.
 */
export default defineConfig({
  // Where the site is published. On GitHub Pages the publish workflow sets both from
  // actions/configure-pages (e.g. https://org.github.io and /minhbach/); locally the site is at /.
  ...(process.env.MINHBACH_SITE_URL ? { site: process.env.MINHBACH_SITE_URL } : {}),
  base: process.env.MINHBACH_BASE_PATH || '/',
  output: 'static',
  outDir: './dist',
  // Every link the site writes ends in a slash; 'ignore' lets the preview server (and dev) also
  // answer /dia-ban/nam-chay typed without one, as GitHub Pages does by redirecting.
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // The stylesheet (about 3 KB gzipped) goes inside each page: on emulated slow 3G (2 s round
    // trip, 50 KB/s, CPU 4× slower; npm run bench:paint) the commune page first painted at about
    // 4,6 s with a shared stylesheet, whose request costs a whole round trip before anything
    // shows, and at about 2,4 s inlined. A returning reader pays ~3 KB per page instead, under
    // 0,1 s at that speed. MINHBACH_STYLESHEET=shared builds the other way, to measure again.
    // A territory's page (most pages of a national site) carries only its first screen's styles
    // and links the whole stylesheet at the end of its body (BaseLayout.astro), which does not
    // delay the first paint: 2,41 s against 2,48 s with all of it inside, same run.
    inlineStylesheets: process.env.MINHBACH_STYLESHEET === 'shared' ? 'never' : 'always',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // npm run dev: edits to plans/ and content/ are checked and reload the page.
  integrations: [notFoundPages, watchDataFolder()],
  prefetch: false,
  ...(astroCache ? { cacheDir: astroCache } : {}),
  experimental: {
    // A page whose cacheKey (src/site/pageKeys.ts: the content of the data files it draws from,
    // its data stamp, the verdicts' deadlines) and code are as in the last build is copied from
    // that build instead of rendered again. MINHBACH_CACHE_DIR=off renders every page.
    incrementalBuild: astroCache !== null,
  },
  // Document bodies are rendered by markdown-it (src/site/markdown/); Astro's Markdown pipeline is unused.
  markdown: { syntaxHighlight: false },
  // The search index is built as part of `npm run build`, after the pages are written.
  security: {
    csp: {
      // Pagefind's search runs as WebAssembly, which CSP treats as eval unless allowed by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
});
