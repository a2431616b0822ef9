import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup shared by both suites: every temporary folder a test makes (fixture
 * repositories, data folders, tiny sites) goes under one folder of this run, removed when the run
 * ends, so that repeated runs do not fill the machine's /tmp. Test workers start after this and
 * inherit TMPDIR, which os.tmpdir() reads.
 */
export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'minhbach-tests-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = runFolder;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(runFolder, { recursive: true, force: true });
  };
}
