import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_FILES } from '../core/projectFixture.ts';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'minhbach-new-'));
  for (const [path, text] of Object.entries(BASE_FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--root', root], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new', () => {
  it('writes the yearly result and its report, and says what to do next', () => {
    const root = project();
    const { code, stdout } = run(root, 'new', 'result', 'kh-239', '2024');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Đã tạo / Created: plans/kh-239-ket-qua-2024.md\nĐã tạo / Created: plans/kh-239-ket-qua-2024.yaml\n' +
        'Tiếp theo: điền vào các chỗ trống (sau dấu hai chấm), rồi chạy npm run validate.\nNext: fill in the blanks (after the colons), then run npm run validate.\n',
    );
    const validate = run(root, 'validate', '--lang', 'en');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('plans/kh-239-ket-qua-2024.yaml:28:5  error  [schema-required]\n    "value" is blank: fill it in.');
  });

  it('never overwrites: a second run leaves the half-filled file alone', () => {
    const root = project();
    run(root, 'new', 'result', 'kh-239', '2024');
    const figures = join(root, 'plans/kh-239-ket-qua-2024.yaml');
    writeFileSync(figures, 'my work\n');
    const { code, stderr } = run(root, 'new', 'result', 'kh-239', '2024', '--source', 'bai-2023');
    expect(code).toBe(1);
    expect(stderr).toBe('Tệp plans/kh-239-ket-qua-2024.yaml đã có: không ghi đè. Sửa tệp đó, hoặc xóa nó nếu muốn tạo lại.\nplans/kh-239-ket-qua-2024.yaml exists already: not overwritten. Edit it, or delete it to start again.\n');
    expect(readFileSync(figures, 'utf8')).toBe('my work\n');
  });

  it('writes nothing when one of two files exists', () => {
    const root = project();
    writeFileSync(join(root, 'plans/kh-239-ket-qua-2024.yaml'), 'mine\n');
    expect(run(root, 'new', 'result', 'kh-239', '2024').code).toBe(1);
    expect(existsSync(join(root, 'plans/kh-239-ket-qua-2024.md'))).toBe(false);
  });

  it('offers "did you mean" for a plan id', () => {
    const { code, stderr } = run(project(), 'new', 'result', 'kh-293', '2024');
    expect(code).toBe(1);
    expect(stderr).toBe('Không có kế hoạch nào có mã "kh-293". Có phải ý bạn là "kh-239"?\nThere is no plan with the id "kh-293". Did you mean "kh-239"?\n');
  });

  it('creates a document, a territory and an indicator where the loader reads them', () => {
    const root = project();
    expect(run(root, 'new', 'document', 'bc-2024', '--type', 'bao-cao', '--folder', 'plans/lao-cai').code).toBe(0);
    expect(run(root, 'new', 'territory', 'dan-thang', '--level', 'commune', '--parent', 'van-ban').code).toBe(0);
    expect(run(root, 'new', 'indicator', 'so-ho-thoat-ngheo', '--category', 'poverty').code).toBe(0);
    for (const path of ['plans/lao-cai/bc-2024.md', 'content/territories/dan-thang.yaml', 'content/indicators/so-ho-thoat-ngheo.yaml']) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });

  it('answers malformed arguments with usage', () => {
    const cases = [
      [['new', 'result', 'kh-239'], 'minhbach: usage: new result <plan-id> <year> | new document <id> --type <type> | new territory <id> | new indicator <id> | new site <folder>\n'],
      [['new', 'result', 'kh-239', '24'], 'minhbach: the year must have four digits, e.g. 2024, not "24"\n'],
      [['new', 'document', 'bc-2024'], 'minhbach: new document needs --type, e.g. --type bao-cao\n'],
    ] as const;
    for (const [args, message] of cases) {
      const { code, stderr } = run(project(), ...args);
      expect(code).toBe(2);
      expect(stderr).toBe(message);
    }
  });
});
