/**
 * Deterministic synthetic datasets at national scale, for the benchmark. Same seed, same bytes:
 * a benchmark that changes its input between runs measures nothing.
 *
 *   node tests/bench/syntheticData.ts --size L --out /tmp/minhbach-L
 *
 * Writes content/ and plans/ under --out; point the build at it with MINHBACH_DATA.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/**
 * S to L: 30 indicators reported every year 2020–2025 by every commune. XL is L grown the way a
 * national site grows once it runs for a while (the issue's growth check): twice the indicators and
 * twice the years (2014–2025), four times L's figures on the same communes.
 */
export const SIZES = {
  S: { provinces: 2, communes: 100, indicators: 30, years: 6 },
  M: { provinces: 10, communes: 1_000, indicators: 30, years: 6 },
  L: { provinces: 34, communes: 3_321, indicators: 30, years: 6 },
  XL: { provinces: 34, communes: 3_321, indicators: 60, years: 12 },
} as const;
export type SizeName = keyof typeof SIZES;

const LAST_YEAR = 2025;
/** Indicators with a target in each province's plan, per commune. */
const TARGETED_INDICATORS = 5;
/** Press articles about each province's plan: at least two, and a few hundred documents in all. */
const MIN_DOCUMENTS = 200;
const MIN_ARTICLES_PER_PROVINCE = 2;

/** mulberry32: tiny, fast, and good enough to scatter synthetic values (and a test's random inputs). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNIT_CYCLE = [
  { unit: '"%"', kind: 'level', decimals: 2, max: 100 },
  { unit: 'hộ', kind: 'count', decimals: 0, max: 5000 },
  { unit: 'tỷ đồng', kind: 'amount', decimals: 1, max: 900 },
  { unit: 'người', kind: 'count', decimals: 0, max: 20000 },
  { unit: 'công trình', kind: 'count', decimals: 0, max: 300 },
] as const;

const SYLLABLES = ['Nậm', 'Chày', 'Tả', 'Thàng', 'Lùng', 'Cải', 'Bản', 'Xèo', 'Pa', 'Cheo', 'Sơn', 'Hà', 'Mường', 'Khương', 'Phìn', 'Ngan', 'Sín', 'Chải', 'Y', 'Tý', 'Đồng', 'Tuyển', 'Cốc', 'Lầu'];

function communeName(index: number): string {
  const a = SYLLABLES[index % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]!;
  return `${a} ${b} ${Math.floor(index / (SYLLABLES.length * SYLLABLES.length)) + 1}`;
}

export interface GeneratedCounts {
  files: number;
  documents: number;
  observations: number;
  targets: number;
  communes: number;
}

export function generateSyntheticData(size: SizeName, out: string, seed = 20_251_122): GeneratedCounts {
  const { provinces, communes, indicators: indicatorCount, years: yearCount } = SIZES[size];
  const years = Array.from({ length: yearCount }, (_, i) => LAST_YEAR - yearCount + 1 + i);
  const next = random(seed);
  rmSync(join(out, 'content'), { recursive: true, force: true });
  rmSync(join(out, 'plans'), { recursive: true, force: true });
  const counts: GeneratedCounts = { files: 0, documents: 0, observations: 0, targets: 0, communes };
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
    counts.files += 1;
  };

  const indicators = Array.from({ length: indicatorCount }, (_, i) => ({ id: `chi-so-${i + 1}`, ...UNIT_CYCLE[i % UNIT_CYCLE.length]! }));
  write(
    'content/indicators/synthetic.yaml',
    `indicators:\n${indicators
      .map((i) => `  - id: ${i.id}\n    name: { vi: Chỉ số tổng hợp ${i.id.slice(7)}, en: Synthetic indicator ${i.id.slice(7)} }\n    unit: ${i.unit}\n    kind: ${i.kind}\n    direction: ${i.kind === 'level' ? 'decrease' : 'increase'}\n    decimals: ${i.decimals}\n    category: poverty\n${i.id === 'chi-so-1' ? '    headline: true\n' : ''}`)
      .join('')}`,
  );
  write('content/agencies/synthetic.yaml', `agencies:\n${Array.from({ length: provinces }, (_, p) => `  - id: ubnd-tinh-${p + 1}\n    name: { vi: UBND tỉnh Tổng hợp ${p + 1}, en: People's Committee of Synthetic province ${p + 1} }\n`).join('')}  - id: bao-tong-hop\n    name: { vi: Báo Tổng hợp, en: Synthetic News }\n`);

  const articlesPerProvince = Math.max(MIN_ARTICLES_PER_PROVINCE, Math.ceil(MIN_DOCUMENTS / provinces) - 1 - years.length);
  let communeIndex = 0;
  for (let p = 0; p < provinces; p++) {
    const province = `tinh-${p + 1}`;
    const inProvince = Math.floor(communes / provinces) + (p < communes % provinces ? 1 : 0);
    const communeIds: string[] = [];
    const territoryLines = [`territories:\n  - id: ${province}\n    code: "${String(p + 1).padStart(2, '0')}"\n    level: province\n    name: Tỉnh Tổng hợp ${p + 1}\n`];
    for (let c = 0; c < inProvince; c++, communeIndex++) {
      const id = `xa-${communeIndex + 1}`;
      communeIds.push(id);
      territoryLines.push(`  - id: ${id}\n    code: "${String(communeIndex + 1).padStart(5, '0')}"\n    level: commune\n    name: ${communeName(communeIndex)}\n    parent: ${province}\n`);
    }
    write(`content/territories/${province}.yaml`, territoryLines.join(''));

    const plan = `ke-hoach-${province}`;
    write(`plans/${province}/${plan}.md`, `---\nid: ${plan}\ntype: ke-hoach\nnumber: ${100 + p}/KH-UBND\nissuer: ubnd-tinh-${p + 1}\nissued: 2021-05-19\nstatus: ban-hanh\ntitle: { vi: Kế hoạch phát triển kinh tế - xã hội tỉnh Tổng hợp ${p + 1} giai đoạn 2021-2025 }\nperiod: 2021-2025\nscope: [${province}]\n---\nKế hoạch tổng hợp dùng để đo hiệu năng.\n`);
    counts.documents += 1;
    const targetLines = [`plan: ${plan}\ntargets:\n`];
    for (const id of communeIds) {
      for (const indicator of indicators.slice(0, TARGETED_INDICATORS)) {
        const value = Number((next() * indicator.max).toFixed(indicator.decimals));
        targetLines.push(`  - { indicator: ${indicator.id}, territory: ${id}, comparator: "${indicator.kind === 'level' ? '<=' : '>='}", value: ${value}, by: 2025, source: { document: ${plan}, locator: "mục II" } }\n`);
        counts.targets += 1;
      }
    }
    write(`plans/${province}/${plan}.yaml`, targetLines.join(''));

    for (let r = 0; r < years.length; r++) {
      const year = years[r]!;
      const report = `bao-cao-${province}-${year}`;
      write(`plans/${province}/${report}.md`, `---\nid: ${report}\ntype: bao-cao\nnumber: ${200 + r}/BC-UBND\nissuer: ubnd-tinh-${p + 1}\nissued: ${year + 1}-01-15\nstatus: ban-hanh\ntitle: { vi: Báo cáo kết quả năm ${year} tỉnh Tổng hợp ${p + 1} }\nrelations:\n  - { type: reports-on, document: ${plan} }\n---\nBáo cáo tổng hợp năm ${year}.\n`);
      counts.documents += 1;
      const lines = [`plan: ${plan}\nobservations:\n`];
      for (const id of communeIds) {
        for (const indicator of indicators) {
          const value = Number((next() * indicator.max).toFixed(indicator.decimals));
          lines.push(`  - { indicator: ${indicator.id}, territory: ${id}, period: ${year}, value: ${value}, status: reported, source: { document: ${report}, locator: "phụ lục ${indicator.id.slice(7)}" } }\n`);
          counts.observations += 1;
        }
      }
      write(`plans/${province}/${report}.yaml`, lines.join(''));
    }
    for (let a = 0; a < articlesPerProvince; a++) {
      const article = `bai-bao-${province}-${a + 1}`;
      write(`plans/${province}/${article}.md`, `---\nid: ${article}\ntype: bai-bao\nissuer: bao-tong-hop\nissued: ${2021 + (a % 5)}-${String((a % 12) + 1).padStart(2, '0')}-10\nstatus: ban-hanh\ntitle: { vi: Bài báo tổng hợp ${a + 1} về tỉnh ${p + 1} }\nrelations:\n  - { type: mentions, document: ${plan} }\n---\nBài báo tổng hợp.\n`);
      counts.documents += 1;
    }
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'S' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const size = values.size as SizeName;
  if (!(size in SIZES) || !values.out) {
    process.stderr.write('usage: node tests/bench/syntheticData.ts --size S|M|L|XL --out DIR [--seed N]\n');
    process.exit(2);
  }
  const counts = generateSyntheticData(size, values.out, values.seed ? Number(values.seed) : undefined);
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}
