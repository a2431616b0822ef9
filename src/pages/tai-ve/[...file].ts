import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadContent, getDownloads, type Download } from '../../site/downloads/downloadCatalogue.ts';

/** Every download as a static file: one route, the catalogue decides the paths. */
export const getStaticPaths = (async () =>
  (await getDownloads()).map((download) => ({ params: { file: download.file }, props: { download }, ...(download.cacheKey ? { cacheKey: download.cacheKey } : {}) }))) satisfies GetStaticPaths;

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json', parquet: 'application/vnd.apache.parquet' } as const;

export const GET: APIRoute = ({ props }) => {
  const { download } = props as { download: Download };
  const content = downloadContent(download);
  return new Response(typeof content === 'string' ? content : new Uint8Array(content), { headers: { 'Content-Type': MEDIA_TYPES[download.format] } });
};
