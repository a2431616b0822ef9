import { formatDate } from '../format/formatNumber.ts';

/**
 * Which data a page or a download was built from. Comes from git (release tag, commit, commit
 * date), never from the clock, so that two builds of one commit are identical.
 */
export interface DataVersion {
  /** Latest release tag reachable from the commit, e.g. "v2024.1"; null before the first release. */
  tag: string | null;
  /** Commits since that tag (0 = exactly the release). */
  commitsSinceTag: number;
  commit: string | null;
  shortCommit: string | null;
  /** Commit date, YYYY-MM-DD. */
  date: string | null;
  /**
   * The data folder holds changes not committed to git: the commit above does not hold the data
   * that was built, and the stamp must not say it does.
   */
  dirty?: boolean;
}

export const UNKNOWN_VERSION: DataVersion = { tag: null, commitsSinceTag: 0, commit: null, shortCommit: null, date: null };

/** Exactly a release: the tagged commit, with nothing changed since. */
export function isRelease(version: DataVersion): boolean {
  return version.tag !== null && version.commitsSinceTag === 0 && version.commit !== null && !version.dirty;
}

/**
 * The version in words a reader can cite:
 * - a release: "v2024.1 (a1b2c3d, 2024-04-03)";
 * - between releases, a dated snapshot: "dữ liệu ngày 2/12/2026, bản 4fc8e52" / "data of
 *   2 December 2026, build 4fc8e52" (", sau phiên bản v2024.1" once there has been a release);
 * - uncommitted changes: "dữ liệu có thay đổi chưa lưu, sau bản 4fc8e52 ngày 2/12/2026", which
 *   names the commit only as what the data was changed from.
 */
export function dataVersionLabel(version: DataVersion, locale: 'vi' | 'en'): string {
  const vi = locale === 'vi';
  if (version.dirty) {
    if (!version.commit) return vi ? 'dữ liệu có thay đổi chưa lưu (chưa lưu bản nào vào git)' : 'data with unsaved changes (nothing committed to git yet)';
    const date = formatDate(version.date!, locale);
    return vi ? `dữ liệu có thay đổi chưa lưu, sau bản ${version.shortCommit} ngày ${date}` : `data with unsaved changes, after build ${version.shortCommit} of ${date}`;
  }
  if (!version.commit) return vi ? 'không rõ phiên bản (bản dựng không có lịch sử git)' : 'unknown version (built without git history)';
  if (isRelease(version)) return `${version.tag} (${version.shortCommit}, ${version.date})`;
  const date = formatDate(version.date!, locale);
  const since = version.tag ? (vi ? `, sau phiên bản ${version.tag}` : `, after release ${version.tag}`) : '';
  return vi ? `dữ liệu ngày ${date}, bản ${version.shortCommit}${since}` : `data of ${date}, build ${version.shortCommit}${since}`;
}
