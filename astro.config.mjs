// @ts-check
import { defineConfig } from 'astro/config';

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
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One stylesheet shared by every page, cached after the first visit.
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  prefetch: false,
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
