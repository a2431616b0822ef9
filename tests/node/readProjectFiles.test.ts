import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { BASE_FILES, locations, buildWorded } from '../core/projectFixture.ts';

function dataFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'minhbach-read-'));
  for (const [path, text] of Object.entries(BASE_FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('reading the data folders from disk', () => {
  it('reads a file that is a link to a file, like any other', async () => {
    const root = dataFolder();
    const elsewhere = mkdtempSync(join(tmpdir(), 'minhbach-elsewhere-'));
    writeFileSync(join(elsewhere, 'figures.yaml'), BASE_FILES['plans/bai-2023.yaml']!);
    rmSync(join(root, 'plans/bai-2023.yaml'));
    symlinkSync(join(elsewhere, 'figures.yaml'), join(root, 'plans/bai-2023.yaml'));
    const { model, diagnostics } = buildWorded(await readProjectFiles(root));
    expect(locations(diagnostics)).toEqual([]);
    expect(model.observations.map((o) => o.value)).toEqual([60.95, 50.54, 10.41]);
  });

  it('reports a broken link, a linked folder and a pipe instead of silently dropping them', async () => {
    const root = dataFolder();
    symlinkSync(join(root, 'plans/deleted.yaml'), join(root, 'plans/ket-qua-2024.yaml'));
    const other = mkdtempSync(join(tmpdir(), 'minhbach-linked-'));
    symlinkSync(other, join(root, 'plans/linked-folder'));
    execFileSync('mkfifo', [join(root, 'plans/pipe.yaml')]);
    const { diagnostics } = buildWorded(await readProjectFiles(root));
    expect(locations(diagnostics)).toEqual(['plans/ket-qua-2024.yaml:1:1 file-unreadable', 'plans/linked-folder:1:1 file-unreadable', 'plans/pipe.yaml:1:1 file-unreadable']);
    expect(diagnostics.find((d) => d.file === 'plans/ket-qua-2024.yaml')!.message.en).toBe('This is a shortcut (link) to a file that no longer exists, so its data is not read.');
  });
});
