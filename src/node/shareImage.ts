import type { ProgressStatus } from '../core/model/types.ts';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { cachedImage } from './imageCache.ts';
import { palettePng } from './palettePng.ts';
import { SHARE_IMAGE_SIZE } from '../site/share/shareImageSize.ts';
import type { ShareCard } from '../site/share/sharePreview.ts';


/**
 * Be Vietnam Pro, a typeface drawn for Vietnamese (its stacked diacritics such as "ệ", "ỷ" sit
 * apart rather than collide), read from its npm package: the images need no font of the machine,
 * so they are the same on every build machine.
 */
function loadFonts() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (path: string) => readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${path}`));
  return [
    { name: 'Be Vietnam Pro', data: file('400Regular/BeVietnamPro_400Regular.ttf'), weight: 400 as const, style: 'normal' as const },
    { name: 'Be Vietnam Pro', data: file('700Bold/BeVietnamPro_700Bold.ttf'), weight: 700 as const, style: 'normal' as const },
  ];
}
let fonts: ReturnType<typeof loadFonts> | undefined;

/** Status colours of the site's badges, dark enough for white text (WCAG AA, 4.5:1). */
const STATUS_COLOURS: Record<ProgressStatus, string> = {
  achieved: '#1e6b34',
  met: '#1e6b34',
  'on-track': '#1d4e89',
  'too-slow': '#a33a00',
  'little-progress': '#a33a00',
  'moving-away': '#a4262c',
  missed: '#a4262c',
  'due-no-result': '#6b2a7a',
  'no-data': '#595959',
  'cannot-judge': '#595959',
};

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string | undefined | false)[]): Node => ({
  type,
  props: { style, children: children.filter((child): child is Node | string => Boolean(child)) },
});

/** The card as satori's element tree: flexbox, like the page's own layout. */
function cardTree(card: ShareCard): Node {
  const figureSize = !card.figure ? 0 : card.figure.length <= 9 ? 128 : card.figure.length <= 15 ? 96 : 72;
  const text = (style: Record<string, unknown>, content: string) => el('div', { display: 'flex', width: '100%', ...style }, content);
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: SHARE_IMAGE_SIZE.width, height: SHARE_IMAGE_SIZE.height, boxSizing: 'border-box', background: '#ffffff', color: '#1b1b1b', fontFamily: 'Be Vietnam Pro', borderTop: '18px solid #1d4e89', paddingTop: 36, paddingLeft: 64, paddingRight: 64, paddingBottom: 32 },
    el(
      'div',
      { display: 'flex', flexDirection: 'column', width: '100%' },
      text({ fontSize: 44, fontWeight: 700, lineHeight: 1.2 }, card.place),
      text({ fontSize: 34, color: '#3d3d3d', marginTop: 6, lineHeight: 1.25 }, card.indicator),
      card.figure && text({ fontSize: figureSize, fontWeight: 700, marginTop: 14, lineHeight: 1.1 }, card.figure),
      card.when && text({ fontSize: 32, color: '#3d3d3d', marginTop: 4 }, card.when),
      card.target && text({ fontSize: 32, marginTop: 16 }, card.target),
      card.status &&
        el('div', { display: 'flex', marginTop: 14 }, el('div', { display: 'flex', fontSize: 32, fontWeight: 700, color: '#ffffff', background: STATUS_COLOURS[card.status.key], padding: '6px 20px', borderRadius: 8 }, card.status.label)),
    ),
    text({ fontSize: 26, color: '#4a4a4a' }, card.footer),
  );
}

/** The card drawn as SVG by satori (text as outlines), then by resvg, kept as a palette PNG. */
export function drawShareCard(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  return cachedImage('card', JSON.stringify(cardTree(card)), async () => {
    fonts ??= loadFonts();
    const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts });
    return palettePng(new Resvg(svg, { fitTo: { mode: 'original' } }).render());
  });
}
