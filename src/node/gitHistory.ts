import { execFileSync } from 'node:child_process';
import type { SourceFile } from '../core/load/loadProject.ts';
import { DATA_FOLDERS, decodeFile } from './readProjectFiles.ts';

/**
 * Release tags name data versions. A tag like `v2024.1` or `v1.2.0` (a "v" then dot-separated
 * numbers) is a release; any other tag is ignored. Documented in CONTRIBUTING.md.
 */
export const RELEASE_TAG_PATTERN = /^v\d+(?:\.\d+)*$/;

export interface Release {
  tag: string;
  commit: string;
  /** Commit date, YYYY-MM-DD: from git, never from the clock, so builds are reproducible. */
  date: string;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

export function isGitRepository(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

/** Release tags reachable from HEAD, oldest first. */
export function listReleases(root: string): Release[] {
  if (!isGitRepository(root)) return [];
  let output: string;
  try {
    output = git(root, ['tag', '--merged', 'HEAD', '--format=%(refname:short)%09%(objectname)%09%(*objectname)%09%(creatordate:short)']);
  } catch {
    return [];
  }
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string, string, string])
    .filter(([tag]) => RELEASE_TAG_PATTERN.test(tag))
    .map(([tag, object, peeled]) => {
      const commit = peeled || object;
      return { tag, commit, date: git(root, ['log', '-1', '--format=%cs', commit]).trim() };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || compareVersions(a.tag, b.tag));
}

function compareVersions(a: string, b: string): number {
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The data files (content/, plans/) as they were at a commit. */
export function readFilesAtCommit(root: string, commit: string): SourceFile[] {
  const names = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', ...DATA_FOLDERS]).split('\0').filter(Boolean);
  if (names.length === 0) return [];
  // One `git cat-file --batch` for all files instead of one process per file.
  // "./": the names are relative to the data folder, which may be a folder inside the repository.
  const input = names.map((name) => `${commit}:./${name}`).join('\n');
  const output = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input, maxBuffer: 1 << 30 });
  const files: SourceFile[] = [];
  let offset = 0;
  for (const name of names) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const start = headerEnd + 1;
    files.push(decodeFile(name, output.subarray(start, start + size)));
    offset = start + size + 1;
  }
  return files;
}

export interface CommitInfo {
  commit: string;
  shortCommit: string;
  date: string;
}

export function headCommit(root: string): CommitInfo | null {
  if (!isGitRepository(root)) return null;
  try {
    const [commit, shortCommit, date] = git(root, ['log', '-1', '--format=%H%x09%h%x09%cs']).trim().split('\t') as [string, string, string];
    return { commit, shortCommit, date };
  } catch {
    return null;
  }
}

/**
 * Whether the data folders (content/, plans/) under `root` differ from the last commit: edited,
 * added, deleted or not yet added files. Paths are taken relative to `root`, so a data folder
 * inside a larger repository is judged by its own files only.
 */
export function hasUncommittedData(root: string): boolean {
  try {
    return git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...DATA_FOLDERS]).trim() !== '';
  } catch {
    return false;
  }
}

/** Resolves any git ref (branch, tag, sha) to a commit, or null if it does not exist. */
export function resolveRef(root: string, ref: string): string | null {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The ids each changed data file held at the last commit, for the files that differ from it
 * (src/core/validate/checkRenamedIds.ts). Only changed files are read, so a large data folder
 * costs one `git diff` when nothing changed. Empty without git history.
 */
export function committedIdsOfChangedFiles(root: string): { file: string; ids: string[] }[] {
  let changed: string[];
  try {
    changed = git(root, ['diff', '--name-only', '--relative', 'HEAD', '--', ...DATA_FOLDERS]).split('\n').filter((path) => /\.(ya?ml|md)$/.test(path));
  } catch {
    return [];
  }
  return changed.flatMap((file) => {
    let text: string;
    try {
      text = git(root, ['show', `HEAD:./${file}`]);
    } catch {
      return [];
    }
    return [{ file, ids: [...text.matchAll(/(?:^|[{,]|-)[ \t]*id:[ \t]*["']?([a-z0-9][a-z0-9-]*)/gm)].map((match) => match[1]!) }];
  });
}
