import { defineMiddleware } from 'astro:middleware';
import { ui } from './site/i18n/uiStrings.ts';
import { localeOfPath } from './site/routes.ts';

/**
 * Every page and component reads its language and interface strings from `Astro.locals`, set here
 * once per page from the page's path, instead of a `locale` prop handed down through every
 * component (53 of them, passed on about 120 times). It runs at build time for the static pages.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = ui(locale);
  return next();
});
