import { describe, expect, test } from 'vitest';
import { downloadContent, downloadSize, getDownloads } from '../../src/site/downloads/downloadCatalogue.ts';

const bytesOf = (content: string | Uint8Array) => Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

describe('a download measured for its size is written with the bytes that were measured', () => {
  test('every file of the shipped catalogue: the size printed is the size written, and the bytes are a fresh rendering’s', async () => {
    const downloads = await getDownloads();
    expect(downloads.length).toBeGreaterThan(4);
    // As a build does: pages print every size first (the data page lists them all), routes write the files later.
    const sizes = downloads.map((download) => downloadSize(download));
    for (const [i, download] of downloads.entries()) {
      const written = bytesOf(downloadContent(download));
      expect(written.byteLength, download.file).toBe(sizes[i]);
      expect(written.equals(bytesOf(download.render())), download.file).toBe(true);
    }
    // A file whose kept copy was written is rendered again if asked for a second time (the dev server).
    const csv = downloads.find((download) => download.format === 'csv')!;
    expect(bytesOf(downloadContent(csv)).equals(bytesOf(csv.render()))).toBe(true);
  }, 60_000);
});
