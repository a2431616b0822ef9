#!/usr/bin/env node
import { countBySeverity } from '../core/diagnostics.ts';
import { formatDiagnostics } from '../present/diagnosticsReport.ts';
import { checkDataFolder } from './checkDataFolder.ts';
import { shareWarnings } from '../site/share/buildWarnings.ts';
import { shareSettings } from '../site/share/siteSettings.ts';

/**
 * The check `npm run build` runs before Astro (src/cli/buildSite.ts), in a process of its own:
 * the model it loads (validation peaks at 0,8 GB at 1.000 communes) is gone when this process exits, instead of
 * sitting in the parent's heap beside Astro's own copy for the whole build.
 *
 * Usage: node src/cli/checkBeforeBuild.ts <outDir>, with the data folder in MINHBACH_DATA or the
 * current directory. Exit code 1 on data errors; the site's address from its settings is sent to
 * the parent (an IPC channel) when the environment gives none.
 */
async function main(outDir: string): Promise<number> {
  const { site, diagnostics } = await checkDataFolder(process.env['MINHBACH_DATA'] ?? process.cwd());
  const tally = countBySeverity(diagnostics);
  if (tally.error > 0) {
    process.stderr.write(`${formatDiagnostics(diagnostics, { language: 'both', verbose: false })}\n`);
    process.stderr.write(`\nKhông dựng trang: dữ liệu có lỗi; ${outDir}/ giữ nguyên bản cũ.\nBuild stopped: the data has errors; ${outDir}/ is left as it was.\n`);
    return 1;
  }
  process.stdout.write(`Dữ liệu hợp lệ / data valid (${tally.warning} cảnh báo/warnings: npm run validate shows them)\n`);
  // The site's address from its settings (content/site.yaml base_url) when the environment gives
  // none: Astro and every page read MINHBACH_SITE_URL, which the parent passes on to them.
  const baseUrl = site?.base_url;
  const env = { ...process.env };
  if (!env['MINHBACH_SITE_URL']?.trim() && baseUrl) env['MINHBACH_SITE_URL'] = baseUrl;
  for (const warning of shareWarnings(env, shareSettings({ site }, env))) process.stderr.write(`${warning}\n`);
  await new Promise<void>((sent) => (process.send ? process.send({ baseUrl: baseUrl ?? null }, () => sent()) : sent()));
  return 0;
}

main(process.argv[2] ?? 'dist').then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`minhbach build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
