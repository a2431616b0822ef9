import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureHistoryText } from '../../src/present/correctionText.ts';
import { dataVersionLabel } from '../../src/core/model/dataVersion.ts';
import { wordDiagnostics } from '../../src/present/diagnosticText.ts';
import { readDataVersion } from '../../src/node/dataVersion.ts';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { releaseHistory } from '../../src/node/releaseHistory.ts';
import { buildWorded, projectsFigureFile } from '../core/projectFixture.ts';
import { repositoryWithTwoReleases } from './twoReleasesFixture.ts';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-12-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-12-02T10:00:00Z' },
  }).trim();

describe('the data version a reader cites', () => {
  it('is the release tag, as before, when the data is exactly a release', () => {
    const root = repositoryWithTwoReleases();
    const version = readDataVersion(root);
    expect(dataVersionLabel(version, 'vi')).toBe(`v2 (${version.shortCommit}, 2024-04-03)`);
  });

  it('between releases is a dated snapshot naming the commit, in the reader’s language', () => {
    const root = repositoryWithTwoReleases();
    appendFileSync(join(root, 'plans/du-an.yaml'), '# a later comment\n');
    git(root, 'commit', '-qam', 'later');
    const short = git(root, 'rev-parse', '--short', 'HEAD');
    const version = readDataVersion(root);
    expect(dataVersionLabel(version, 'vi')).toBe(`dữ liệu ngày 2/12/2026, bản ${short}, sau phiên bản v2`);
    expect(dataVersionLabel(version, 'en')).toBe(`data of 2 December 2026, build ${short}, after release v2`);
  });

  it('before any release is a dated snapshot, never “unreleased”', () => {
    const root = mkdtempSync(join(tmpdir(), 'minhbach-version-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/site.yaml'), 'name: { vi: Thử }\npublisher: { vi: Thử }\n');
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'first');
    const short = git(root, 'rev-parse', '--short', 'HEAD');
    expect(dataVersionLabel(readDataVersion(root), 'vi')).toBe(`dữ liệu ngày 2/12/2026, bản ${short}`);
  });

  it('says the data has unsaved changes instead of naming a commit that does not hold it', () => {
    const root = repositoryWithTwoReleases();
    const short = git(root, 'rev-parse', '--short', 'HEAD');
    appendFileSync(join(root, 'plans/du-an.yaml'), '# edited, not committed\n');
    const version = readDataVersion(root);
    expect(dataVersionLabel(version, 'vi')).toBe(`dữ liệu có thay đổi chưa lưu, sau bản ${short} ngày 3/4/2024`);
    expect(dataVersionLabel(version, 'en')).toBe(`data with unsaved changes, after build ${short} of 3 April 2024`);
  });

  it('lists an uncommitted edit at a release’s own commit as a change since that release', async () => {
    const root = repositoryWithTwoReleases();
    writeFileSync(join(root, 'plans/du-an.yaml'), projectsFigureFile(32));
    const history = releaseHistory(root, buildWorded(await readSiteFiles(root)), (build) => wordDiagnostics(build.diagnostics, build.model));
    expect(history.unreleased?.figuresChanged.map((change) => [change.before.value, change.after.value])).toEqual([[31, 32]]);
  });

  it('counts a new data file not yet added to git as an unsaved change, and a change outside the data as none', () => {
    const root = repositoryWithTwoReleases();
    writeFileSync(join(root, 'notes.txt'), 'not data\n');
    expect(readDataVersion(root).dirty).toBeUndefined();
    writeFileSync(join(root, 'plans/new.yaml'), 'observations: []\n');
    expect(readDataVersion(root).dirty).toBe(true);
  });

  it('of a repository with no commit yet says nothing is saved', () => {
    const root = mkdtempSync(join(tmpdir(), 'minhbach-version-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/site.yaml'), 'name: { vi: Thử }\n');
    git(root, 'init', '-q', '-b', 'main');
    expect(dataVersionLabel(readDataVersion(root), 'en')).toBe('data with unsaved changes (nothing committed to git yet)');
  });

  it('dates a correction made since the last release by its build, or says it is not saved', () => {
    const figure = { id: 'x', type: 'observation' as const, indicator: 'i', territory: 't', period: '2023', value: 30, document: 'd' };
    const correction = { tag: null, date: '2026-12-02', build: '4fc8e52', before: figure, after: { ...figure, value: 31 } };
    expect(figureHistoryText(correction, 'dự án', 'vi')).toBe('Đã điều chỉnh ngày 2/12/2026 từ 30 dự án thành 31 dự án (bản 4fc8e52, chưa phát hành).');
    expect(figureHistoryText({ ...correction, unsaved: true }, 'dự án', 'en')).toBe('Corrected: from 30 projects to 31 projects (unsaved changes, after build 4fc8e52 of 2 December 2026).');
  });
});
