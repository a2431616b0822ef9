import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordDiagnostics } from '../../src/present/diagnosticText.ts';
import { listReleases } from '../../src/node/gitHistory.ts';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { figureHistoryText } from '../../src/present/correctionText.ts';
import { releaseHistory } from '../../src/node/releaseHistory.ts';
import { buildWorded } from '../core/projectFixture.ts';
import { repositoryWithTwoReleases } from './twoReleasesFixture.ts';

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
    const history = releaseHistory(root, buildWorded(await readProjectFiles(root)), (build) => wordDiagnostics(build.diagnostics, build.model));
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
    const history = releaseHistory(root, buildWorded(await readProjectFiles(root)), (build) => wordDiagnostics(build.diagnostics, build.model));
    const v1Projects = history.releases[0]!.build.model.observations.find((o) => o.indicator === 'so-du-an');
    expect(v1Projects!.value).toBe(30);
  });

  it('has no releases outside a git repository', () => {
    expect(listReleases(mkdtempSync(join(tmpdir(), 'minhbach-nogit-')))).toEqual([]);
  });
});

describe('a corrected figure’s history', () => {
  it('says when and how the figure was corrected, in both languages', async () => {
    const root = repositoryWithTwoReleases();
    const history = releaseHistory(root, buildWorded(await readProjectFiles(root)), (build) => wordDiagnostics(build.diagnostics, build.model));
    const [event] = history.figureHistory.get('so-du-an--nhom-xa-ngheo--2023--bai-2023')!;
    const correction = { tag: event!.tag, date: event!.date, before: event!.before!, after: event!.after! };
    expect(figureHistoryText(correction, 'dự án', 'vi')).toBe('Đã điều chỉnh ngày 3/4/2024 từ 30 dự án thành 31 dự án (phiên bản v2).');
    expect(figureHistoryText(correction, 'dự án', 'en')).toBe('Corrected on 3 April 2024: from 30 projects to 31 projects (version v2).');
  });

  it('names what was corrected when the amount stayed the same', () => {
    const figure = { id: 'x', type: 'observation' as const, indicator: 'i', territory: 't', period: '2023', value: 1306, document: 'd' };
    const correction = { tag: null, date: '2024-05-01', before: { ...figure, quote: 'old' }, after: { ...figure, quote: 'new' } };
    expect(figureHistoryText(correction, 'hộ', 'vi')).toBe('Đã điều chỉnh ngày 1/5/2024 nguồn trích dẫn (phiên bản chưa phát hành).');
  });
});
