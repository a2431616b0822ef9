import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CACHE_FOLDER_VARIABLE, UNUSED_ENTRY_DAYS } from '../../src/node/loadCache.ts';

// The cache folder is read once per process, on the first image: set it before importing.
const root = mkdtempSync(join(tmpdir(), 'minhbach-image-cache-'));
const stale = join(root, 'images', 'chart-stale.png');
mkdirSync(join(root, 'images'), { recursive: true });
writeFileSync(stale, 'old');
const weeksAgo = new Date(Date.now() - (UNUSED_ENTRY_DAYS + 1) * 24 * 3600 * 1000);
utimesSync(stale, weeksAgo, weeksAgo);
process.env[CACHE_FOLDER_VARIABLE] = root;
const { cachedImage } = await import('../../src/node/imageCache.ts');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the image cache', () => {
  test('keeps drawn images in images/ under MINHBACH_CACHE_DIR, where the publish workflow saves them', async () => {
    let draws = 0;
    const draw = () => {
      draws += 1;
      return new Uint8Array([1, 2, 3, draws]);
    };
    const first = await cachedImage('chart', 'tỷ lệ hộ nghèo 2024: 10,41', draw);
    const second = await cachedImage('chart', 'tỷ lệ hộ nghèo 2024: 10,41', draw);
    expect(draws).toBe(1);
    expect([...second]).toEqual([...first]);
    expect(readdirSync(join(root, 'images')).some((name) => name.startsWith('chart-') && name !== 'chart-stale.png')).toBe(true);
    // Different figures are drawn anew, never served from another figure's image.
    await cachedImage('chart', 'tỷ lệ hộ nghèo 2024: 9,61', draw);
    expect(draws).toBe(2);
  });

  test('removes an image no build has used for weeks when the cache is opened', () => {
    expect(existsSync(stale)).toBe(false);
  });
});
