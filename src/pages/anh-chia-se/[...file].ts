import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePaths, shareImageResponse } from '../../site/share/shareImageRoutes.ts';
import type { ShareCard } from '../../site/share/sharePreview.ts';

/** Link-preview cards of the Vietnamese pages (src/site/share/). */
export const getStaticPaths = (() => shareImagePaths('vi')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ props }) => shareImageResponse((props as { card: ShareCard }).card);
