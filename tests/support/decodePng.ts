import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** IHDR colour type: 2 RGB, 3 palette, 6 RGBA (PNG spec 11.2.2). */
  colourType: number;
  /** Straight RGBA, four bytes a pixel. */
  rgba: Uint8Array;
}

/**
 * A PNG decoder written from the PNG specification (chunks, zlib, the five row filters, 8-bit
 * RGB/RGBA/palette), so that tests check the images the site publishes with something other than
 * the libraries that wrote them. Interlaced images and other bit depths are refused, not guessed.
 */
export function decodePng(file: Uint8Array): DecodedPng {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let colourType = -1;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
      if (body[8] !== 8) throw new Error(`bit depth ${body[8]} is not handled`);
      if (body[12] !== 0) throw new Error('interlaced PNGs are not handled');
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType];
  if (!channels) throw new Error(`colour type ${colourType} is not handled`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`unknown row filter ${filter}`);
      rows[y * stride + x] = (line[x]! + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (colourType === 3) {
      const index = rows[i]!;
      rgba.set(palette!.subarray(index * 3, index * 3 + 3), i * 4);
      rgba[i * 4 + 3] = transparency && index < transparency.length ? transparency[index]! : 255;
    } else {
      rgba.set(rows.subarray(i * channels, i * channels + 3), i * 4);
      rgba[i * 4 + 3] = channels === 4 ? rows[i * 4 + 3]! : 255;
    }
  }
  return { width, height, colourType, rgba };
}
