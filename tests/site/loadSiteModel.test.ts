import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNKNOWN_VERSION } from '../../src/core/model/dataVersion.ts';
import { readDataVersion } from '../../src/node/dataVersion.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { SITE_FILES } from './siteFixture.ts';

function projectFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'minhbach-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the model the site is built from', () => {
  test('is read from a data folder, keeping warnings for the pages', async () => {
    const { model, diagnostics } = await readAndBuild(projectFolder(SITE_FILES));
    expect(model.observations).toHaveLength(4);
    expect(diagnostics.some((d) => d.code === 'conflicting-values')).toBe(true);
  });

  test('stops the build with the validator’s report when the data has an error', async () => {
    const broken = { ...SITE_FILES, 'plans/bai-bao-2.yaml': SITE_FILES['plans/bai-bao-2.yaml']!.replace('indicator: so-du-an', 'indicator: so-du-anx') };
    await expect(readAndBuild(projectFolder(broken))).rejects.toThrow(/plans\/bai-bao-2\.yaml:\d+:\d+\s+lỗi\/error/);
  });

  test('the data version is unknown outside a git checkout', () => {
    expect(readDataVersion(projectFolder({}))).toEqual(UNKNOWN_VERSION);
  });
});
