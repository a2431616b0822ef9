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
}

export const UNKNOWN_VERSION: DataVersion = { tag: null, commitsSinceTag: 0, commit: null, shortCommit: null, date: null };

/** "v2024.1 (a1b2c3d, 2024-04-03)", "v2024.1+2 (…)", "chưa phát hành (a1b2c3d, …)" */
export function dataVersionLabel(version: DataVersion, locale: 'vi' | 'en'): string {
  if (!version.commit) return locale === 'vi' ? 'không rõ phiên bản (bản dựng không có lịch sử git)' : 'unknown version (built without git history)';
  const name = version.tag
    ? `${version.tag}${version.commitsSinceTag > 0 ? `+${version.commitsSinceTag}` : ''}`
    : locale === 'vi' ? 'chưa phát hành' : 'unreleased';
  return `${name} (${version.shortCommit}, ${version.date})`;
}
