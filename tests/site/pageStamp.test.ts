import { describe, expect, it } from 'vitest';
import { dataVersionLabel, type DataVersion } from '../../src/core/model/dataVersion.ts';
import type { DataFileHistory } from '../../src/node/dataFileHistory.ts';
import { stampOf } from '../../src/site/pageKeys.ts';

/**
 * A page's data stamp: the newest commit among the files it draws from, or the latest release
 * when none of them changed since it. History, newest first: c3 (Ninh Thuận's report), c2 (Lào
 * Cai's article), then the release v2 at c1.
 */
const HEAD: DataVersion = { tag: 'v2', commitsSinceTag: 2, commit: 'c3'.padEnd(40, '0'), shortCommit: 'c3c3c3c', date: '2024-05-12' };
const commit = (name: string, date: string) => ({ commit: name.padEnd(40, '0'), shortCommit: name.repeat(4).slice(0, 7), date });
const HISTORY: DataFileHistory = {
  lastChanged: new Map([
    ['plans/ninh-thuan/bc-2023.yaml', commit('c3', '2024-05-12')],
    ['plans/bai-2023.md', commit('c2', '2024-05-11')],
    ['plans/kh-239.yaml', commit('c1', '2024-04-03')],
    ['content/territories/test.yaml', commit('c1', '2024-04-03')],
  ]),
  rank: new Map([
    [commit('c3', '').commit, 0],
    [commit('c2', '').commit, 1],
    [commit('c1', '').commit, 2],
  ]),
  changedSinceRelease: new Set(['plans/ninh-thuan/bc-2023.yaml', 'plans/bai-2023.md']),
  commitsSinceRelease: [commit('c3', '').commit, commit('c2', '').commit],
  release: { tag: 'v2', commit: commit('c1', '').commit, shortCommit: 'c1c1c1c', date: '2024-04-03' },
};

describe('a page’s data stamp', () => {
  it('is the newest commit among its files, after the release', () => {
    const stamp = stampOf(['content/territories/test.yaml', 'plans/kh-239.yaml', 'plans/bai-2023.md'], HEAD, HISTORY);
    expect(dataVersionLabel(stamp, 'vi')).toBe('dữ liệu ngày 11/5/2024, bản c2c2c2c, sau phiên bản v2');
    expect(dataVersionLabel(stamp, 'en')).toBe('data of 11 May 2024, build c2c2c2c, after release v2');
  });

  it('is the release when none of its files changed since it, so a journalist cites the release', () => {
    const stamp = stampOf(['content/territories/test.yaml', 'plans/kh-239.yaml'], HEAD, HISTORY);
    expect(dataVersionLabel(stamp, 'vi')).toBe('v2 (c1c1c1c, 2024-04-03)');
  });

  it('is the build’s own version with uncommitted changes, or without git', () => {
    const dirty = { ...HEAD, dirty: true };
    expect(stampOf(['plans/kh-239.yaml'], dirty, HISTORY)).toBe(dirty);
    const unknown: DataVersion = { tag: null, commitsSinceTag: 0, commit: null, shortCommit: null, date: null };
    expect(stampOf(['plans/kh-239.yaml'], unknown, null)).toBe(unknown);
  });
});
