import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = `${ROOT}dist`;

/** The browser tests read the built site; build it once if a previous step has not. */
export function ensureBuilt(): void {
  if (existsSync(`${DIST}/index.html`)) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** One URL per page template, in both languages where the template differs by language. */
export const TEMPLATES = {
  home: '/',
  homeEn: '/en/',
  territoryIndex: '/dia-ban/',
  commune: '/dia-ban/nam-chay/',
  communeEn: '/en/territories/nam-chay/',
  newCommune: '/dia-ban/cao-son-2025/',
  district: '/dia-ban/van-ban/',
  province: '/dia-ban/lao-cai/',
  group: '/dia-ban/10-xa-ngheo-lao-cai/',
  planIndex: '/ke-hoach/',
  plan: '/ke-hoach/kh-239-ubnd-2021/',
  draftPlan: '/en/plans/kh-10-xa-ngheo-2024-du-thao/',
  indicatorIndex: '/chi-so/',
  indicator: '/chi-so/ty-le-ho-ngheo/',
  indicatorEn: '/en/indicators/so-du-an-ho-tro-phat-trien-san-xuat/',
  documentIndex: '/van-ban/',
  document: '/van-ban/bai-bao-giam-ngheo-10-xa-2023/',
  draftDocument: '/van-ban/kh-10-xa-ngheo-2024-du-thao/',
  yearIndex: '/nam/',
  year: '/nam/2023/',
  methodology: '/phuong-phap/',
  about: '/en/about/',
  howToCite: '/trich-dan/',
  data: '/du-lieu/',
  versionsEn: '/en/versions/',
  search: '/tim-kiem/',
} as const;
