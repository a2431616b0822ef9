import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../site/share/chartFileRoutes.ts';
import type { DataVersion } from '../../../core/model/dataVersion.ts';
import type { SharedChart } from '../../../site/share/sharedCharts.ts';

/** Each shared chart of the English pages as SVG and PNG (src/site/share/sharedCharts.ts). */
export const getStaticPaths = (() => chartFilePaths('en')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ props }) => {
  const { chart, format, dataVersion } = props as { chart: SharedChart; format: 'svg' | 'png'; dataVersion: DataVersion };
  return chartFileResponse(chart, format, 'en', dataVersion);
};
