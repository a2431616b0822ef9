import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

function run(args: string[], data?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
  if (data) env['MINHBACH_DATA'] = data;
  else delete env['MINHBACH_DATA'];
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newFolder = () => join(mkdtempSync(join(tmpdir(), 'minhbach-site-')), 'quang-tri');

describe('npm run new -- site', () => {
  it('makes a data folder with settings, the province, a git repository and a first commit', () => {
    const folder = newFolder();
    const { code, stdout } = run(['new', 'site', folder, '--name', 'Quảng Trị', '--code', '44']);
    expect(code).toBe(0);
    expect(stdout).toContain('Đã tạo / Created: content/site.yaml\n');
    expect(stdout).toContain(`  2. MINHBACH_DATA=${folder} npm run validate\n`);
    expect(readFileSync(join(folder, 'content/territories/quang-tri.yaml'), 'utf8')).toContain('  - id: quang-tri\n    name: "Quảng Trị"\n    level: province');
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: folder, encoding: 'utf8' })).toBe('Khởi tạo thư mục dữ liệu / Start the data folder\n');
  });

  it('writes $schema paths that resolve inside the new folder', () => {
    const folder = newFolder();
    run(['new', 'site', folder]);
    for (const file of ['content/site.yaml', 'content/territories/quang-tri.yaml', 'content/agencies/quang-tri.yaml']) {
      const schema = /\$schema=(\S+)/.exec(readFileSync(join(folder, file), 'utf8'))![1]!;
      expect(existsSync(join(folder, file, '..', schema)), `${file} → ${schema}`).toBe(true);
    }
  });

  it('leaves blanks the validator then lists at their lines, and a filled-in folder validates', () => {
    const folder = newFolder();
    run(['new', 'site', folder, '--name', 'Quảng Trị', '--code', '44']);
    const blanks = run(['validate', '--lang', 'en'], folder);
    expect(blanks.code).toBe(1);
    expect(blanks.stdout).toContain('content/site.yaml:10:3  error  [schema-required]\n    "publisher.vi" is blank: fill it in.');
    const settings = join(folder, 'content/site.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^ {2}vi: +# đơn vị[^\n]*$/m, '  vi: Sở Tài chính tỉnh Quảng Trị').replace(/^ {2}en: +# tên tiếng Anh[^\n]*\n/m, ''));
    expect(run(['validate'], folder).code).toBe(0);
  });

  it('starts a commune under the new province while the province still has blanks, and says so', () => {
    const folder = newFolder();
    run(['new', 'site', folder]);
    const { code, stdout } = run(['new', 'territory', 'a-tuc', '--level', 'commune', '--parent', 'quang-tri'], folder);
    expect(code).toBe(0);
    expect(stdout).toContain('Note: the parent "quang-tri" still has blanks; npm run validate lists each.');
    expect(readFileSync(join(folder, 'content/territories/a-tuc.yaml'), 'utf8')).toContain('    parent: quang-tri');
  });

  it('refuses a folder that already holds files', () => {
    const folder = newFolder();
    run(['new', 'site', folder]);
    const again = run(['new', 'site', folder]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`Thư mục ${folder} đã có nội dung: chọn một thư mục mới hoặc trống.\n${folder} is not empty: choose a new or empty folder.\n`);
  });
});
