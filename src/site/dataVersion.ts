import { execFileSync } from 'node:child_process';
import { dataRoot } from './loadSiteModel.ts';

let cached: string | undefined;

/**
 * The data version printed in every page's footer: the short commit and its date, read from git
 * once per build (never from the clock, so two builds of one commit are identical). "unknown"
 * when the data folder is not a git checkout.
 */
export function getDataVersion(): string {
  cached ??= readGitVersion(dataRoot());
  return cached;
}

export function readGitVersion(root: string): string {
  try {
    const line = execFileSync('git', ['log', '-1', '--format=%h %cs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return line === '' ? 'unknown' : line;
  } catch {
    return 'unknown';
  }
}
