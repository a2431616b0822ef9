import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_FILES, projectsFigureFile } from '../core/projectFixture.ts';
import { gitProject } from './gitFixture.ts';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

const NAM_CHAY_RESULT = `plan: kh-239
observations:
  - indicator: ty-le-ho-ngheo
    territory: nam-chay
    period: 2022
    value: 48.46
    status: reported
    source: { document: bai-2023, quote: "năm 2022 toàn xã có 267/551 hộ nghèo, chiếm 48,46%" }
`;

function diff(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'diff', '--root', root, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** main holds 30 projects; the pull request corrects it to 31 and adds Nậm Chày's 2022 result. */
function pullRequest() {
  const project = gitProject({ ...BASE_FILES, 'plans/du-an.yaml': projectsFigureFile(30) });
  project.write({ 'plans/du-an.yaml': projectsFigureFile(31), 'plans/nam-chay-2022.yaml': NAM_CHAY_RESULT });
  return project;
}

describe('npm run diff -- <git-ref>', () => {
  it('reports a corrected figure and an added result as Markdown for the pull request', () => {
    const { root, git } = pullRequest();
    const commit = git('rev-parse', '--short=7', 'HEAD').trim();
    const { code, stdout } = diff(root, 'main');
    expect(code).toBe(0);
    expect(stdout).toBe(`## Thay đổi dữ liệu / Data changes

So với / Compared with \`main\` (${commit}).

- Số liệu thêm mới / Figures added: 1
- Số liệu sửa / Figures changed: 1
- Số liệu bị xóa / Figures removed: 0
- Tài liệu thêm, sửa hoặc xóa / Documents added, changed or removed: 0
- Cảnh báo mới / Warnings introduced: 0
- Cảnh báo đã hết / Warnings resolved: 0
- Chỉ tiêu đổi tình trạng / Targets whose status changes: 0

### Số liệu thêm mới / Figures added

| Chỉ số / Indicator | Địa bàn / Place | Kỳ / Period | Giá trị / Value | Nguồn / Source |
| --- | --- | --- | --- | --- |
| Tỷ lệ hộ nghèo | Nậm Chày | 2022 | 48,46% | \`bai-2023\` |

### Số liệu sửa / Figures changed

| Chỉ số / Indicator | Địa bàn / Place | Kỳ / Period | Cũ → mới / Old → new | Sửa gì / What changed | Nguồn / Source |
| --- | --- | --- | --- | --- | --- |
| Số dự án hỗ trợ sản xuất | 10 xã có tỷ lệ hộ nghèo cao | 2023 | 30 dự án → **31 dự án** | giá trị, câu trích | \`bai-2023\` |
`);
  });

  it('gives the same diff as JSON', () => {
    const { root, git } = pullRequest();
    const report = JSON.parse(diff(root, 'main', '--json').stdout);
    expect(report.base).toEqual({ ref: 'main', commit: git('rev-parse', 'HEAD').trim() });
    expect(report.errors).toEqual({ before: 0, after: 0 });
    expect(report.figuresAdded.map((f: { id: string }) => f.id)).toEqual(['ty-le-ho-ngheo--nam-chay--2022--bai-2023']);
    expect(report.figuresChanged.map((c: { before: { value: number }; after: { value: number } }) => [c.before.value, c.after.value])).toEqual([[30, 31]]);
    expect(report.figuresRemoved).toEqual([]);
  });

  it('lists the targets whose status the change moves, judged at one date for both versions', () => {
    // The fixture's commits are dated 1/3/2024, before the 2025 deadline. A corrected 2023 rate of
    // 45% instead of 50,54% turns "needs to speed up" into "on track": 45 − 15,95 × 731/365 = 13,06%
    // at the deadline, against 50,54 − 10,41 × 731/365 = 29,69% before.
    const { root, write } = gitProject(BASE_FILES);
    write({ 'plans/bai-2023.yaml': BASE_FILES['plans/bai-2023.yaml']!.replace('value: 50.54', 'value: 45') });
    const { stdout } = diff(root, 'main');
    expect(stdout).toContain('- Chỉ tiêu đổi tình trạng / Targets whose status changes: 1\n');
    expect(stdout).toContain(
      '### Chỉ tiêu đổi tình trạng / Targets whose status changes\n\n- 10 xã có tỷ lệ hộ nghèo cao · Tỷ lệ hộ nghèo 2025: cần tăng tốc → **đúng tiến độ** (dự báo đến hạn 29,69% → 13,06%)\n',
    );
    const report = JSON.parse(diff(root, 'main', '--json').stdout);
    expect(report.statusChanges).toMatchObject([{ before: 'too-slow', after: 'on-track', territory: 'nhom-xa-ngheo', by: 2025 }]);
  });

  it('says so when nothing changed', () => {
    const { root } = gitProject(BASE_FILES);
    expect(diff(root, 'main').stdout).toContain('\nKhông có thay đổi dữ liệu. / No data changes.\n');
  });

  it('warns first when the changed data has errors, since broken records are left out', () => {
    const { root, write } = gitProject(BASE_FILES);
    write({ 'plans/bai-2023.yaml': BASE_FILES['plans/bai-2023.yaml']!.replace('value: 50.54', 'value: 50,54') });
    const { stdout } = diff(root, 'main');
    expect(stdout).toContain('> **Dữ liệu đang có 1 lỗi.** Mục nào có lỗi thì không được tính ở đây. Chạy `npm run validate` để xem và sửa.\n');
    expect(stdout).toContain('- Số liệu bị xóa / Figures removed: 1');
  });

  it('answers an unknown ref with a message, not a stack trace', () => {
    const { root } = gitProject(BASE_FILES);
    const { code, stderr } = diff(root, 'origin/mian');
    expect(code).toBe(2);
    expect(stderr).toBe('minhbach: không tìm thấy "origin/mian" trong kho git (thử git fetch). | "origin/mian" is not a commit, branch or tag here (try git fetch).\n');
  });

  it('needs exactly one ref', () => {
    const { code, stderr } = diff('.', 'a', 'b');
    expect(code).toBe(2);
    expect(stderr).toBe('minhbach: diff needs one git ref, e.g. npm run diff -- origin/main\n');
  });
});
