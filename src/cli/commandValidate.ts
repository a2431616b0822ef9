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
  const { files, model, diagnostics } = await checkDataFolder(options.root);
  const tally = countBySeverity(diagnostics);
  const failed = tally.error > 0 || (options.strict && tally.warning > 0);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          ok: !failed,
          counts: tally,
          consequent: diagnostics.filter((d) => d.causedBy).length,
          model: {
            documents: model.documents.length,
            targets: model.targets.length,
            observations: model.observations.length,
            tasks: model.tasks.length,
            territories: model.territories.length,
            groups: model.groups.length,
            indicators: model.indicators.length,
            agencies: model.agencies.length,
          },
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
      `\n${files.filter((file) => !isCatalogueFile(file.path)).length} tệp/files · ${model.documents.length} tài liệu/documents · ${model.targets.length} chỉ tiêu/targets · ${model.observations.length} số liệu/observations · ${model.tasks.length} nhiệm vụ/tasks · ${model.territories.length + model.groups.length} địa bàn/places · ${model.indicators.length} chỉ số/indicators\n`,
    );
  }
  return failed ? 1 : 0;
}
