import type { APIRoute } from 'astro';
import { feedResponse } from '../../site/feeds/feedResponse.ts';

export const GET: APIRoute = () => feedResponse('en');
