import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASE_FILES, projectsFigureFile } from '../core/projectFixture.ts';

/** A git repository with two releases: v1 states 30 projects, v2 corrects it to 31 and adds a figure. */
export function repositoryWithTwoReleases(): string {
  const root = mkdtempSync(join(tmpdir(), 'minhbach-git-'));
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: process.env.FIXTURE_DATE, GIT_COMMITTER_DATE: process.env.FIXTURE_DATE } });
  const commitAt = (date: string, message: string) => {
    process.env.FIXTURE_DATE = `${date}T10:00:00Z`;
    git('add', '-A');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', message);
  };
  git('init', '-q', '-b', 'main');
  write({ ...BASE_FILES, 'plans/du-an.yaml': projectsFigureFile(30) });
  commitAt('2024-03-01', 'first data');
  git('tag', 'v1');
  write({ 'plans/du-an.yaml': projectsFigureFile(31) });
  commitAt('2024-04-02', 'correct the projects count');
  write({ 'plans/bai-2023.yaml': `${BASE_FILES['plans/bai-2023.yaml']}  - indicator: ty-le-ho-ngheo\n    territory: nam-chay\n    period: 2022\n    value: 48.46\n    status: reported\n    source: { document: bai-2023 }\n` });
  commitAt('2024-04-03', 'add Nậm Chày 2022');
  git('tag', '-a', 'v2', '-m', 'second release');
  git('tag', 'not-a-release');
  return root;
}
