import { defineMiddleware, sequence } from 'astro:middleware';
import { siteStrings } from './site/siteStrings.ts';
import { localeOfPath } from './site/routes.ts';
import { separateFieldsInBytes } from './site/search/separateFields.ts';
import { getDataVersion } from './site/dataVersion.ts';
import type { DataVersion } from './core/model/dataVersion.ts';

/**
 * Every page and component reads its language, interface strings and data version from `Astro.locals`, set here
 * once per page from the page's path, instead of a `locale` prop handed down through every
 * component (53 of them, passed on about 120 times). It runs at build time for the static pages.
 */
const locals = defineMiddleware(async (context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = await siteStrings(locale);
  // A page of one place or document is stamped with the data it draws from (src/site/pageKeys.ts,
  // handed over by its getStaticPaths); any other page, with the build's version.
  context.locals.dataVersion = (context.props as { dataVersion?: DataVersion } | undefined)?.dataVersion ?? getDataVersion();
  return next();
});

/** Published pages keep neighbouring fields apart for the search index (src/site/search/separateFields.ts). */
const searchableFields = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(separateFieldsInBytes(new Uint8Array(await response.arrayBuffer())), { status: response.status, statusText: response.statusText, headers: response.headers });
});

export const onRequest = sequence(locals, searchableFields);
