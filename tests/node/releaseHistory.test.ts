import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import { listReleases } from '../../src/node/gitHistory.ts';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { releaseHistory } from '../../src/node/releaseHistory.ts';
import { BASE_FILES } from '../core/projectFixture.ts';

const PROJECTS_FIGURE = (value: number) => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: ${value}
    status: reported
    source: { document: bai-2023, quote: "triển khai, thực hiện ${value} dự án hỗ trợ phát triển sản xuất" }
`;

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
  write({ ...BASE_FILES, 'plans/du-an.yaml': PROJECTS_FIGURE(30) });
  commitAt('2024-03-01', 'first data');
  git('tag', 'v1');
  write({ 'plans/du-an.yaml': PROJECTS_FIGURE(31) });
  commitAt('2024-04-02', 'correct the projects count');
  write({ 'plans/bai-2023.yaml': `${BASE_FILES['plans/bai-2023.yaml']}  - indicator: ty-le-ho-ngheo\n    territory: nam-chay\n    period: 2022\n    value: 48.46\n    status: reported\n    source: { document: bai-2023 }\n` });
  commitAt('2024-04-03', 'add Nậm Chày 2022');
  git('tag', '-a', 'v2', '-m', 'second release');
  git('tag', 'not-a-release');
  return root;
}

describe('versions from git history', () => {
  it('lists only release tags, oldest first, with their commit dates', () => {
    const root = repositoryWithTwoReleases();
    expect(listReleases(root).map((r) => [r.tag, r.date])).toEqual([
      ['v1', '2024-03-01'],
      ['v2', '2024-04-03'],
    ]);
  });

  it('reports the corrected figure as changed from 30 to 31, and the new figure as added', async () => {
    const root = repositoryWithTwoReleases();
    const history = releaseHistory(root, buildModel(await readProjectFiles(root)));
    const [v1, v2] = history.releases;
    expect(v1!.diff.figuresAdded).toHaveLength(5);
    expect(v2!.diff.figuresChanged.map((c) => [c.id, c.before.value, c.after.value, c.fields])).toEqual([
      ['so-du-an--nhom-xa-ngheo--2023--bai-2023', 30, 31, ['value', 'quote']],
    ]);
    expect(v2!.diff.figuresAdded.map((f) => f.id)).toEqual(['ty-le-ho-ngheo--nam-chay--2022--bai-2023']);
    expect(v2!.diff.figuresRemoved).toEqual([]);
    expect(history.unreleased).toBeNull();
    expect(history.figureHistory.get('so-du-an--nhom-xa-ngheo--2023--bai-2023')).toEqual([
      expect.objectContaining({ tag: 'v2', date: '2024-04-03', kind: 'changed', before: expect.objectContaining({ value: 30 }), after: expect.objectContaining({ value: 31 }) }),
    ]);
  });

  it('keeps each release rebuildable: v1 still says 30', async () => {
    const root = repositoryWithTwoReleases();
    const history = releaseHistory(root, buildModel(await readProjectFiles(root)));
    const v1Projects = history.releases[0]!.build.model.observations.find((o) => o.indicator === 'so-du-an');
    expect(v1Projects!.value).toBe(30);
  });

  it('has no releases outside a git repository', () => {
    expect(listReleases(mkdtempSync(join(tmpdir(), 'minhbach-nogit-')))).toEqual([]);
  });
});
