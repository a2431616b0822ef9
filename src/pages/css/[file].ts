import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARED_STYLESHEET_FILE, SHARED_STYLESHEET_TEXT } from '../../site/styles/sharedStylesheet.ts';

/** The stylesheet every page links (sharedStylesheet.ts), as a file of its own. */
export const getStaticPaths = (() => [{ params: { file: SHARED_STYLESHEET_FILE } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(SHARED_STYLESHEET_TEXT, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
