import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachedImage } from './imageCache.ts';
import { palettePng } from './palettePng.ts';

let fontFiles: string[] | undefined;

/**
 * A chart's SVG as a palette PNG (src/node/palettePng.ts), its text set in Be Vietnam Pro from the npm package and never a font of
 * the machine (loadSystemFonts: false), so the image is the same on every build machine.
 */
export function chartPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return cachedImage('chart', svg, () => {
    if (!fontFiles) {
      const require = createRequire(join(process.cwd(), 'package.json'));
      fontFiles = ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`));
    }
    return palettePng(new Resvg(svg, { fitTo: { mode: 'original' }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } }).render());
  });
}
