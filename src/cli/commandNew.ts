import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildModel } from '../core/buildModel.ts';
import { countBySeverity } from '../core/diagnostics.ts';
import { scaffoldDocument } from './scaffold/documentScaffold.ts';
import { scaffoldIndicator, scaffoldTerritory } from './scaffold/referenceScaffold.ts';
import { scaffoldResult } from './scaffold/resultScaffold.ts';
import type { ScaffoldOutcome } from './scaffold/scaffoldText.ts';
import type { Model } from '../core/model/types.ts';
import { readSiteFiles } from '../node/catalogueFiles.ts';

export type NewRequest =
  | { kind: 'result'; plan: string; year: number; source?: string }
  | { kind: 'document'; id: string; type: string; folder?: string }
  | { kind: 'territory'; id: string; level?: string; parent?: string }
  | { kind: 'indicator'; id: string; category?: string };

/**
 * `npm run new -- <kind> …`: writes a skeleton that validates once its blanks are filled in.
 * Never overwrites: if any of the files exists, nothing is written, so a half-finished result
 * cannot be wiped by running the command twice.
 */
export async function commandNew(root: string, request: NewRequest): Promise<number> {
  const { model, diagnostics, invalidIds } = buildModel(await readSiteFiles(root));
  const outcome = scaffold(model, request, invalidIds);
  if (!outcome.ok) {
    process.stderr.write(`${outcome.problem.vi}\n${outcome.problem.en}\n`);
    const errors = countBySeverity(diagnostics).error;
    // A record with a mistake is left out of the model, so "no such id" may only mean that.
    if (errors > 0) process.stderr.write(`(Dữ liệu hiện có ${errors} lỗi, chạy npm run validate để xem. | The data has ${errors} errors: run npm run validate.)\n`);
    return 1;
  }
  const existing = outcome.files.filter((file) => existsSync(join(root, file.path)));
  if (existing.length > 0) {
    for (const file of existing) {
      process.stderr.write(`Tệp ${file.path} đã có: không ghi đè. Sửa tệp đó, hoặc xóa nó nếu muốn tạo lại.\n${file.path} exists already: not overwritten. Edit it, or delete it to start again.\n`);
    }
    return 1;
  }
  for (const file of outcome.files) {
    const path = join(root, file.path);
    await mkdir(dirname(path), { recursive: true });
    // 'wx' fails rather than overwrite, should the file appear between the check and the write.
    await writeFile(path, file.text, { flag: 'wx' });
    process.stdout.write(`Đã tạo / Created: ${file.path}\n`);
  }
  for (const note of outcome.notes) process.stdout.write(`${note.vi}\n${note.en}\n`);
  process.stdout.write(
    'Tiếp theo: điền vào các chỗ trống (sau dấu hai chấm), rồi chạy npm run validate.\nNext: fill in the blanks (after the colons), then run npm run validate.\n',
  );
  return 0;
}

function scaffold(model: Model, request: NewRequest, unfinished: ReadonlySet<string>): ScaffoldOutcome {
  switch (request.kind) {
    case 'result':
      return scaffoldResult(model, request);
    case 'document':
      return scaffoldDocument(model, request);
    case 'territory':
      return scaffoldTerritory(model, request, unfinished);
    case 'indicator':
      return scaffoldIndicator(model, request);
  }
}
