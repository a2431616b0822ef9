import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Builds a folder somewhere else and puts it in place only when it is complete.
 *
 * A deploy step copies whatever is in the output folder. A build that dies halfway (a page that
 * throws, a full disk, Ctrl-C) must therefore never write there: it writes to a sibling staging
 * folder, and only a build that succeeded is renamed over the old output. Renames within one
 * folder are atomic on POSIX file systems, so at every moment the output folder is either the
 * old complete site or the new one (or, for the instant between the two renames, absent, which a
 * deploy step fails on loudly instead of publishing half a site).
 */
export interface StagedOutput {
  /** The folder the build writes to; a sibling of the output folder, so renames stay atomic. */
  staging: string;
  /**
   * Moves the finished staging folder over the output folder and removes the old output: here,
   * or with `removeOldInBackground` in a process of its own that outlives this one.
   */
  publish(options?: { removeOldInBackground?: boolean }): void;
  /** Removes the staging folder: the output folder is left exactly as it was. */
  discard(): void;
}

const STAGING = 'building';
const PREVIOUS = 'previous';

export function stageOutput(outDir: string, processId = process.pid): StagedOutput {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  removeAbandoned(parent, name);
  const staging = join(parent, `${name}.${STAGING}-${processId}`);
  const previous = join(parent, `${name}.${PREVIOUS}-${processId}`);
  rmSync(staging, { recursive: true, force: true });

  return {
    staging,
    publish({ removeOldInBackground = false } = {}) {
      if (!existsSync(staging) || readdirSync(staging).length === 0) {
        throw new Error(`the build reported success but wrote nothing to ${staging}`);
      }
      const hadOutput = existsSync(target);
      // Removed after this process has ended, the old output gets a name no later build can take
      // (a process id may be given again).
      const old = removeOldInBackground ? `${previous}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}` : previous;
      if (hadOutput) renameSync(target, old);
      try {
        renameSync(staging, target);
      } catch (error) {
        if (hadOutput) renameSync(old, target);
        throw error;
      }
      if (!hadOutput) return;
      if (removeOldInBackground) removeInBackground(old);
      else rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/**
 * Removes a folder in a detached process, which the caller does not wait for. Removing the old
 * output is no part of publishing the new one, and it is slow: thousands of files (8.647 at
 * 1.000 communes, 26.756 at national scale), 2–14 s at 1.000 communes on a busy 2-core machine.
 * Should the process die first, the next build removes what is left (removeAbandoned).
 */
function removeInBackground(folder: string): void {
  try {
    spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A build killed outright (kill -9, a power cut) cannot clean up after itself; the next build
 * removes what it left. Folders of a build still running (another terminal, a parallel test)
 * are left alone: their process id is alive.
 */
function removeAbandoned(parent: string, name: string): void {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:${STAGING}|${PREVIOUS})-(\\d+)(?:-[0-9a-z]+)?$`);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const owner = pattern.exec(entry)?.[1];
    if (owner === undefined || isRunning(Number(owner))) continue;
    try {
      rmSync(join(parent, entry), { recursive: true, force: true });
    } catch {
      // An old output still being removed in the background (removeInBackground): that process finishes it.
    }
  }
}

function isRunning(processId: number): boolean {
  if (processId === process.pid) return true;
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
