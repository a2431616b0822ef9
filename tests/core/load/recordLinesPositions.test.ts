import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/loadProject.ts';

/**
 * A figures file with one record per line is read without positions (readRecordLines.ts); the
 * positions of its mistakes are found afterwards. Deep in a long file, each must still name the
 * exact line and column of what is wrong, with the same words and fix as when js-yaml reads it.
 */
const lines = ['# Báo cáo năm 2024 của tỉnh', 'plan: ke-hoach-239', 'observations:'];
for (let index = 0; index < 3000; index++) {
  lines.push(`  - { indicator: chi-so-${index % 30}, territory: xa-${index}, period: 2024, value: ${index}.5, status: reported, source: { document: bao-cao-2024, locator: "phụ lục ${index}" } }`);
}
lines[2001] = lines[2001]!.replace('value: 1998.5', 'value: "nhiều"');
lines[2501] = lines[2501]!.replace('status: reported', 'statu: reported');
lines[2701] = lines[2701]!.replace('period: 2024', 'period: 1850');
const text = `${lines.join('\n')}\n`;

function positionsOf(source: string) {
  return loadProject([{ path: 'plans/bao-cao-2024.yaml', text: source }]).diagnostics.map(({ file, line, column, code }) => `${file}:${line}:${column} ${code}`);
}

describe('mistakes in a long file of one record per line', () => {
  it('are reported at the line and column where each is written', () => {
    const at = (lineIndex: number, written: string) => `plans/bao-cao-2024.yaml:${lineIndex + 1}:${lines[lineIndex]!.indexOf(written) + 1}`;
    expect(positionsOf(text)).toEqual([`${at(2001, '"nhiều"')} schema-type`, `${at(2501, 'statu:')} schema-unknown-key`, `${at(2701, '1850')} schema-value`]);
  });

  it('are reported as when js-yaml reads the file', () => {
    // A "*" anywhere leaves the file to js-yaml; at the end of a comment it is no alias, and moves nothing.
    const readByJsYaml = loadProject([{ path: 'plans/bao-cao-2024.yaml', text: `${text}# ghi chú *\n` }]).diagnostics;
    const readByLines = loadProject([{ path: 'plans/bao-cao-2024.yaml', text }]).diagnostics;
    expect(readByLines).toHaveLength(3);
    expect(readByLines).toEqual(readByJsYaml);
  });
});
