import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteModel } from '../../../site/loadSiteModel.ts';
import { renderSpreadsheet, spreadsheetFiles, type SpreadsheetFile } from '../../../site/downloads/spreadsheets.ts';

/** The .xlsx downloads (src/core/export/spreadsheet.ts): the whole dataset and one per indicator. */
export const getStaticPaths = (async () => {
  const { model } = await loadSiteModel();
  return spreadsheetFiles(model).map((file) => ({ params: { file: file.file.slice('bang-tinh/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderSpreadsheet((props as { file: SpreadsheetFile }).file), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
