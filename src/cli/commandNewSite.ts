import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { renderJsonSchemas } from '../core/schema/jsonSchemas.ts';
import { scaffoldSite, type SiteRequest } from './scaffold/siteScaffold.ts';
import { SCHEMA_FOLDER } from './commandSchemas.ts';

/** Editor settings of the new folder: the same schema mapping as the engine's own .vscode/. */
const VSCODE_SETTINGS = `${JSON.stringify(
  {
    'yaml.schemas': {
      './public/schema/site-file.schema.json': ['content/site.yaml'],
      './public/schema/reference-file.schema.json': ['content/**/*.yaml', 'content/**/*.yml', '!content/site.yaml'],
      './public/schema/figures-file.schema.json': ['plans/**/*.yaml', 'plans/**/*.yml'],
    },
    'files.encoding': 'utf8',
    'files.eol': '\n',
  },
  null,
  2,
)}\n`;

/**
 * `npm run new -- site <folder>`: a data folder that is a site of its own: settings, the
 * province's skeleton, its agency, the editor schemas inside the folder (so `$schema` paths
 * resolve wherever the folder lives), and a git repository of its own for its version history.
 */
export async function commandNewSite(folderArgument: string, request: Omit<SiteRequest, 'folderName'>): Promise<number> {
  const folder = resolve(folderArgument);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    process.stderr.write(`Thư mục ${folder} đã có nội dung: chọn một thư mục mới hoặc trống.\n${folder} is not empty: choose a new or empty folder.\n`);
    return 1;
  }
  const outcome = scaffoldSite({ ...request, folderName: basename(folder) });
  if (!outcome.ok) {
    process.stderr.write(`${outcome.problem.vi}\n${outcome.problem.en}\n`);
    return 1;
  }
  const files = [
    ...outcome.files,
    ...Object.entries(renderJsonSchemas()).map(([name, text]) => ({ path: `${SCHEMA_FOLDER}/${name}`, text })),
    { path: '.vscode/settings.json', text: VSCODE_SETTINGS },
  ];
  for (const file of files) {
    await mkdir(dirname(join(folder, file.path)), { recursive: true });
    await writeFile(join(folder, file.path), file.text, { flag: 'wx' });
    process.stdout.write(`Đã tạo / Created: ${file.path}\n`);
  }
  for (const note of outcome.notes) process.stdout.write(`${note.vi}\n${note.en}\n`);
  process.stdout.write(`${startHistory(folder)}\n`);
  const data = `MINHBACH_DATA=${folder}`;
  const province = /^content\/territories\/(.+)\.yaml$/.exec(outcome.files.find((file) => file.path.startsWith('content/territories/'))!.path)![1]!;
  process.stdout.write(
    [
      'Tiếp theo / Next:',
      '  1. Điền các chỗ trống trong content/site.yaml và content/territories/ (sau dấu hai chấm).',
      '     Fill in the blanks in content/site.yaml and content/territories/ (after the colons).',
      `  2. ${data} npm run validate`,
      `  3. ${data} npm run new -- territory <mã-xã> --level commune --parent ${province}   (mỗi xã / each commune)`,
      `  4. ${data} npm run build && npm run preview`,
      '  Hướng dẫn đầy đủ / the whole guide: CONTRIBUTING.md, "Một tỉnh mới, từng bước / A new province, step by step".',
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * A repository of the folder's own, with the skeleton as its first commit: versions, figure
 * history and the data stamp come from it. Without a git identity the commit is left to the user.
 */
function startHistory(folder: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  try {
    git('init', '-q', '-b', 'main');
  } catch {
    return 'Không tạo được kho git (git chưa được cài?): chạy git init trong thư mục này.\nCould not create a git repository (is git installed?): run git init in this folder.';
  }
  git('add', '-A');
  try {
    git('commit', '-q', '-m', 'Khởi tạo thư mục dữ liệu / Start the data folder');
    return `Đã tạo kho git và lưu bản đầu tiên (${git('rev-parse', '--short', 'HEAD').trim()}). / Created a git repository with a first commit.`;
  } catch {
    return 'Đã tạo kho git; chưa lưu được bản đầu tiên vì git chưa biết tên người dùng: đặt git config user.name/user.email rồi chạy git commit -m "Khởi tạo".\nCreated a git repository; the first commit needs a git identity: set git config user.name/user.email, then git commit -m "Start".';
  }
}
