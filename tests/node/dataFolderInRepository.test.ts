import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileAddedDates } from '../../src/node/fileAddedDates.ts';
import { hasUncommittedData, readFilesAtCommit } from '../../src/node/gitHistory.ts';
import { BASE_FILES } from '../core/projectFixture.ts';

/** A repository whose data folder is `data/`, beside other work (a province keeping scripts too). */
function repositoryWithDataFolder(): { repository: string; data: string } {
  const repository = mkdtempSync(join(tmpdir(), 'minhbach-subfolder-'));
  const data = join(repository, 'data');
  for (const [path, text] of Object.entries({ ...BASE_FILES, 'README.md': 'scripts and data\n' })) {
    const full = path === 'README.md' ? join(repository, path) : join(data, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repository, env });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'first');
  return { repository, data };
}

describe('a data folder inside a larger repository', () => {
  it('reads its files at a commit under the names it gives them', () => {
    const { data } = repositoryWithDataFolder();
    const files = readFilesAtCommit(data, 'HEAD');
    expect(files.map((file) => file.path).sort()).toEqual(Object.keys(BASE_FILES).sort());
    expect(files.find((file) => file.path === 'plans/bai-2023.yaml')!.text).toBe(BASE_FILES['plans/bai-2023.yaml']);
  });

  it('dates each file by the commit that added it, under the same names', () => {
    const { data } = repositoryWithDataFolder();
    expect(fileAddedDates(data).get('plans/bai-2023.yaml')).toBe('2026-11-30');
  });

  it('counts only its own files as unsaved changes', () => {
    const { repository, data } = repositoryWithDataFolder();
    appendFileSync(join(repository, 'README.md'), 'more\n');
    expect(hasUncommittedData(data)).toBe(false);
    appendFileSync(join(data, 'plans/bai-2023.yaml'), '# edited\n');
    expect(hasUncommittedData(data)).toBe(true);
  });
});
