import { buildModel } from '../core/buildModel.ts';
import { countBySeverity } from '../core/diagnostics.ts';
import { diffSnapshots } from '../core/history/diffSnapshots.ts';
import { snapshotOf } from '../core/history/figureSnapshot.ts';
import { wordDiagnostics } from '../present/diagnosticText.ts';
import { formatDiffMarkdown } from '../present/diffMarkdown.ts';
import { isGitRepository, readFilesAtCommit, resolveRef } from '../node/gitHistory.ts';
import { readCatalogueFiles, readSiteFiles } from '../node/catalogueFiles.ts';
import { readDataVersion } from '../node/dataVersion.ts';
import { progressChanges } from '../core/history/progressChanges.ts';

export interface DiffOptions {
  root: string;
  ref: string;
  json: boolean;
}

/**
 * `npm run diff -- <git-ref>`: the data changes between a commit and the working tree, as the
 * Markdown a pull request gets as its comment, or as JSON. The same diff as the versions page
 * (diffSnapshots), so a PR shows exactly what its merge will add to the changelog.
 */
export async function commandDiff(options: DiffOptions): Promise<number> {
  if (!isGitRepository(options.root)) {
    process.stderr.write(`minhbach: ${options.root} không phải kho git. | ${options.root} is not a git repository.\n`);
    return 2;
  }
  const commit = resolveRef(options.root, options.ref);
  if (!commit) {
    process.stderr.write(
      `minhbach: không tìm thấy "${options.ref}" trong kho git (thử git fetch). | "${options.ref}" is not a commit, branch or tag here (try git fetch).\n`,
    );
    return 2;
  }
  // Both versions are judged at the working data's date, so a status that moves is moved by the
  // data change, not by a deadline passing between the two commits.
  const versionDate = readDataVersion(options.root).date;
  const before = buildModel([...readFilesAtCommit(options.root, commit), ...readCatalogueFiles()], undefined, { versionDate });
  const after = buildModel(await readSiteFiles(options.root), undefined, { versionDate });
  const statusChanges = progressChanges(before.model, after.model);
  const diff = diffSnapshots(snapshotOf(before.model, wordDiagnostics(before.diagnostics, before.model)), snapshotOf(after.model, wordDiagnostics(after.diagnostics, after.model)));
  const errors = { before: countBySeverity(before.diagnostics).error, after: countBySeverity(after.diagnostics).error };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ base: { ref: options.ref, commit }, errors, ...diff, statusChanges }, null, 2)}\n`);
  } else {
    process.stdout.write(
      formatDiffMarkdown(diff, { before: before.model, after: after.model, base: { ref: options.ref, commit: commit.slice(0, 7) }, errorsAfter: errors.after, statusChanges }),
    );
  }
  return 0;
}
