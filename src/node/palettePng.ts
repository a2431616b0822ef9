import sharp from 'sharp';

/** What resvg's render() returns: straight RGBA pixels, four bytes each, row by row. */
export interface RenderedPixels {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
}

// Images are drawn on every core by src/node/drawInWorkers.ts; libvips' own thread pool on top
// of that would only make the workers wait on each other.
sharp.concurrency(1);

const ENCODING = { palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** Everything the encoded bytes depend on besides the pixels: part of the image cache's key. */
export const PALETTE_PNG_ENCODER = `sharp@${sharp.versions.sharp} libvips@${sharp.versions.vips} libimagequant@${sharp.versions.imagequant ?? '?'} ${JSON.stringify(ENCODING)}`;

/**
 * The pixels as an 8-bit palette PNG (libimagequant, through sharp). Charts and share cards are a
 * few flat colours and anti-aliased text: a 1000 × 1070 chart drawn by resvg was 107 KB as RGBA
 * and is 40 KB with 256 colours, with no difference the eye can see, and at national scale the
 * PNGs were an eighth of the site (66 MB at 1.000 communes). No dithering: on flat fills it only
 * adds noise (and bytes). Effort 1 is the fastest setting: about 50 ms an image, against 20 ms
 * for resvg's own RGBA encoder, for 4 % more bytes than effort 7, which takes 165 ms.
 */
export async function palettePng({ pixels, width, height }: RenderedPixels): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .png(ENCODING)
    .toBuffer();
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
}
