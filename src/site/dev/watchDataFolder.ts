import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { formatDiagnostics } from '../../present/diagnosticsReport.ts';
import { wordDiagnostics } from '../../present/diagnosticText.ts';
import { buildModel } from '../../core/buildModel.ts';
import { countBySeverity } from '../../core/diagnostics.ts';
import { readCatalogueFiles } from '../../node/catalogueFiles.ts';
import { nextDataGeneration } from '../../node/dataGeneration.ts';
import { readProjectFiles } from '../../node/readProjectFiles.ts';
import { dataErrorPage } from './dataErrorPage.ts';

/**
 * `npm run dev`: the Astro dev server also watches the data folder's plans/ and content/. On
 * each save it checks the data, prints the report `npm run validate` prints (file:line:column,
 * Vietnamese and English, hint), starts a new data generation so pages read the data afresh,
 * and reloads the browser. While the data has errors, every page shows the same report
 * (dataErrorPage.ts) instead of a stack trace; fixing the file brings the page back.
 */
export function watchDataFolder(): AstroIntegration {
  return {
    name: 'minhbach:watch-data-folder',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = process.env['MINHBACH_DATA'] ?? process.cwd();
        const folders = ['plans', 'content'].map((folder) => join(root, folder));
        server.watcher.add(folders);
        // The report of the data's errors, while it has any: pages show it instead of rendering.
        let errors: string | undefined;
        const check = async (changedPath?: string) => {
          try {
            const files = [...(await readProjectFiles(root)), ...readCatalogueFiles(process.cwd())];
            const { model, diagnostics } = buildModel(files);
            const tally = countBySeverity(diagnostics);
            errors = tally.error > 0 ? formatDiagnostics(wordDiagnostics(diagnostics, model), { language: 'both', verbose: false }) : undefined;
            if (errors) logger.error(`\n${errors}`);
            else if (changedPath) logger.info(`Dữ liệu hợp lệ / data valid (${tally.warning} cảnh báo/warnings), ${changedPath.slice(root.length + 1)}`);
          } catch (error) {
            errors = error instanceof Error ? error.message : String(error);
            logger.error(errors);
          }
        };
        void check();
        server.middlewares.use((request, response, next) => {
          if (!errors || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(dataErrorPage(errors));
        });
        let timer: NodeJS.Timeout | undefined;
        const changed = (path: string) => {
          if (!folders.some((folder) => path.startsWith(folder + sep))) return;
          // An editor's save can be several events (write, rename): check once they settle.
          clearTimeout(timer);
          timer = setTimeout(async () => {
            nextDataGeneration();
            await check(path);
            server.ws.send({ type: 'full-reload' });
          }, 150);
        };
        server.watcher.on('change', changed);
        server.watcher.on('add', changed);
        server.watcher.on('unlink', changed);
      },
    },
  };
}
