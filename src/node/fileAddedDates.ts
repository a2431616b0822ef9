import { execFileSync } from 'node:child_process';
import { DATA_FOLDERS } from './readProjectFiles.ts';

/**
 * The date each data file first entered the repository, from one `git log` call. Feeds use it
 * as "published on the site" for items the data gives no date, so that two builds of the same
 * commit write the same feed. Files not yet committed have no date.
 */
export function fileAddedDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let output: string;
  try {
    // --relative: paths as the data folder names them, when it is a folder inside the repository.
    output = execFileSync('git', ['log', '--diff-filter=A', '--format=@%cs', '--name-only', '--relative', '--', ...DATA_FOLDERS], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  let current = '';
  // git log lists newest first; the last date seen for a file is when it was added.
  for (const line of output.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line.trim()) dates.set(line.trim(), current);
  }
  return dates;
}
