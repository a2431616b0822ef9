import type { APIRoute } from 'astro';
import { renderSitemap } from '../core/export/feeds.ts';
import { sitemapPages } from '../site/feeds/sitemapPages.ts';

export const GET: APIRoute = async () =>
  new Response(renderSitemap(await sitemapPages()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
