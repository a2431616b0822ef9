import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, readHeadersFile } from './headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order: lets a test see which files a page fetched. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A tiny static file server over dist/ on 127.0.0.1, as a static host would serve the site:
 * `/dia-ban/` → `dia-ban/index.html`, 404 (with the site's 404.html) for anything missing. No CSP header: the pages carry
 * their policy in a <meta> element, which is what the tests check.
 */
export interface StaticServerOptions {
  /** Gzip text responses for clients that accept it, as GitHub Pages and most hosts do. */
  gzip?: boolean;
  /** A Netlify / Cloudflare Pages `_headers` file to apply, as those hosts do (tests/support/headersFile.ts). */
  headersFile?: string;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const rules = options.headersFile ? readHeadersFile(options.headersFile) : [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(pathname);
    // Every matching rule's headers, a header given twice sent twice (both policies then apply).
    const extra = new Map<string, string[]>();
    for (const [name, value] of headersFor(rules, pathname)) extra.set(name, [...(extra.get(name) ?? []), value]);
    for (const [name, values] of extra) response.setHeader(name, values);
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      await stat(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.gzip && /^(text|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
        createReadStream(file).pipe(createGzip()).pipe(response);
        return;
      }
      response.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(response);
    } catch {
      // As GitHub Pages and most static hosts do: the site's own not-found page, status 404, the
      // English one under /en/.
      const notFound = [join(root, relative.startsWith('en/') || relative === 'en' ? 'en/404.html' : '404.html'), join(root, '404.html')];
      for (const page of notFound) {
        if (await stat(page).then((found) => found.isFile(), () => false)) {
          response.writeHead(404, { 'content-type': TYPES['.html']! });
          createReadStream(page).pipe(response);
          return;
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
