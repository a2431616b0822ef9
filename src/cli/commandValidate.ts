import { isCatalogueFile } from '../core/load/loadProject.ts';
import { countBySeverity } from '../core/diagnostics.ts';
import { checkDataFolder } from './checkDataFolder.ts';
import { foldCascades, formatDiagnostics, type OutputLanguage } from '../present/diagnosticsReport.ts';

export interface ValidateOptions {
  root: string;
  json: boolean;
  strict: boolean;
  verbose: boolean;
  language: OutputLanguage;
}

/**
 * `npm run validate`: exit 0 when there is no error, 1 otherwise; warnings fail only with
 * --strict, because conflicts between sources are facts to publish, not mistakes to fix.
 */
export async function commandValidate(options: ValidateOptions): Promise<number> {
  const { files, counts, diagnostics } = await checkDataFolder(options.root);
  const tally = countBySeverity(diagnostics);
  const failed = tally.error > 0 || (options.strict && tally.warning > 0);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          ok: !failed,
          counts: tally,
          consequent: diagnostics.filter((d) => d.causedBy).length,
          model: counts,
          // Root causes, each with the errors that follow from it (cleared by fixing it).
          diagnostics: foldCascades(diagnostics).map(({ root, consequences }) => ({ ...root, consequences })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(`${formatDiagnostics(diagnostics, { language: options.language, verbose: options.verbose })}\n`);
    process.stdout.write(
      `\n${files.filter((file) => !isCatalogueFile(file.path)).length} tệp/files · ${counts.documents} tài liệu/documents · ${counts.targets} chỉ tiêu/targets · ${counts.observations} số liệu/observations · ${counts.tasks} nhiệm vụ/tasks · ${counts.territories + counts.groups} địa bàn/places · ${counts.indicators} chỉ số/indicators\n`,
    );
  }
  return failed ? 1 : 0;
}
