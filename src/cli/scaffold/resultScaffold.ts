import type { Bilingual } from '../../core/diagnostics.ts';
import { vietnamesePlaceName } from '../../core/export/figureRows.ts';
import { amountOf, figureAmountText } from '../../present/figureText.ts';
import { parsePeriod } from '../../core/model/period.ts';
import type { DocumentRecord, Model, Target } from '../../core/model/types.ts';
import { yearSchema } from '../../core/schema/common.ts';
import { PLAN_TYPES } from '../../core/schema/document.ts';
import { DOCUMENT_TYPE_WORDS } from '../../present/phrases.ts';
import { documentSkeleton } from './documentScaffold.ts';
import { idTaken, refuse, schemaModeline, unknownIdProblem, yamlLine, type ScaffoldFile, type ScaffoldOutcome } from './scaffoldText.ts';

export interface ResultRequest {
  plan: string;
  year: number;
  /** Id of an existing document that states the results; without it, a report is scaffolded too. */
  source?: string;
}

const PLAN_KIND = { vi: 'kế hoạch', en: 'plan' };
const DOCUMENT_KIND = { vi: 'tài liệu', en: 'document' };

/**
 * `npm run new -- result <plan> <year>`: the figures file for a plan's yearly result, with one
 * entry per indicator and place the plan sets a target for, values blank. Without --source it
 * also scaffolds the report the figures come from, because every figure needs a source.
 */
export function scaffoldResult(model: Pick<Model, 'documents' | 'index' | 'targets'>, request: ResultRequest): ScaffoldOutcome {
  const plans = model.documents.filter((document) => PLAN_TYPES.includes(document.type));
  const plan = model.index.document.get(request.plan);
  if (!plan) return unknownIdProblem(request.plan, PLAN_KIND, plans.map((document) => document.id));
  if (!PLAN_TYPES.includes(plan.type)) {
    return refuse(
      `"${plan.id}" là ${DOCUMENT_TYPE_WORDS[plan.type].vi.toLowerCase()}, không phải kế hoạch, chương trình hay đề án. Các kế hoạch: ${plans.map((d) => d.id).join(', ')}.`,
      `"${plan.id}" is a ${DOCUMENT_TYPE_WORDS[plan.type].en.toLowerCase()}, not a plan, programme or scheme. Plans: ${plans.map((d) => d.id).join(', ')}.`,
    );
  }
  if (!yearSchema.safeParse(request.year).success) {
    return refuse(`Năm "${request.year}" không hợp lệ: viết năm bằng 4 chữ số, ví dụ 2024.`, `"${request.year}" is not a valid year: write four digits, e.g. 2024.`);
  }

  const folder = plan.origin.file.split('/').slice(0, -1).join('/');
  const baseName = `${plan.id}-ket-qua-${request.year}`;
  const files: ScaffoldFile[] = [];
  let sourceId = request.source;
  if (sourceId === undefined) {
    sourceId = baseName;
    const taken = idTaken(sourceId, model.index.document.get(sourceId), DOCUMENT_KIND);
    if (taken) {
      return refuse(
        `Đã có báo cáo "${sourceId}". Để thêm số liệu từ báo cáo đó, dùng: npm run new -- result ${plan.id} ${request.year} --source ${sourceId}`,
        `The report "${sourceId}" exists already. To add figures from it, use: npm run new -- result ${plan.id} ${request.year} --source ${sourceId}`,
      );
    }
    files.push({
      path: `${folder}/${baseName}.md`,
      text: documentSkeleton({
        id: sourceId,
        type: 'bao-cao',
        relations: [{ type: 'reports-on', document: plan.id }],
        issuerExample: `${plan.issuer} (cơ quan ban hành kế hoạch)`,
        ...(plan.scope ? { scope: plan.scope } : {}),
      }),
    });
  } else if (!model.index.document.has(sourceId)) {
    return unknownIdProblem(sourceId, DOCUMENT_KIND, model.documents.map((document) => document.id));
  }

  const path = `${folder}/${baseName}.yaml`;
  files.push({ path, text: resultText(model, plan, request.year, sourceId, path) });
  return { ok: true, files, notes: periodNotes(plan, request.year) };
}

/** One entry per (indicator, place) the plan has a target for, in the order the plan states them. */
function resultEntries(model: Pick<Model, 'targets' | 'index'>, plan: DocumentRecord): { indicator: string; territory: string; targets: Target[] }[] {
  const entries = new Map<string, { indicator: string; territory: string; targets: Target[] }>();
  for (const target of model.targets) {
    if (target.plan !== plan.id) continue;
    const key = `${target.indicator}|${target.territory}`;
    const entry = entries.get(key) ?? { indicator: target.indicator, territory: target.territory, targets: [] };
    entry.targets.push(target);
    entries.set(key, entry);
  }
  if (entries.size > 0) return [...entries.values()];
  // A plan with no targets on file yet: its scope still says where results are reported.
  const places = plan.scope?.length ? plan.scope : [''];
  return places.map((territory) => ({ indicator: '', territory, targets: [] }));
}

function resultText(model: Pick<Model, 'targets' | 'index'>, plan: DocumentRecord, year: number, sourceId: string, path: string): string {
  const planLabel = `${plan.number ? `${plan.number} — ` : ''}${plan.title.vi}`;
  const entries = resultEntries(model, plan);
  const otherPlaces = (plan.scope ?? []).filter((place) => !entries.some((entry) => entry.territory === place));
  const lines = [
    schemaModeline(path, 'figures-file.schema.json'),
    '#',
    `# Kết quả năm ${year} của kế hoạch ${plan.id}: ${planLabel}`,
    '#',
    '# Cách điền:',
    `#   - Mỗi mục dưới "observations" là một số liệu: một chỉ số, cho một địa bàn, năm ${year}.`,
    '#   - "value": con số đúng như văn bản nguồn ghi, không ghi đơn vị. Dùng dấu chấm cho phần',
    '#     thập phân (10,41% → 10.41) và không dùng dấu ngăn cách hàng nghìn (1.306 hộ → 1306).',
    '#   - "quote": chép nguyên văn câu trong văn bản nêu số liệu; "locator": mục, đoạn hoặc trang.',
    '#   - Văn bản viết "trên", "hơn", "ít nhất", "khoảng", "gần", "không quá", "dưới" trước con số:',
    '#     thêm dòng "qualifier": more-than, at-least, about, nearly, at-most hoặc less-than.',
    '#   - Số liệu nào văn bản không nêu: xóa cả mục đó (từ dòng "- indicator" đến dòng "quote").',
    '#   - Kiểm tra bằng lệnh: npm run validate',
    '#',
    `# The ${year} results of plan ${plan.id}. Each entry under "observations" is one figure. Write`,
    '# "value" as the source states it, with a dot for decimals and no thousands separator; copy the',
    '# sentence that states it into "quote". Delete the entries the source does not give. Where the',
    '# source says "more than", "about"… before the number, add "qualifier" (more-than, at-least,',
    '# about, nearly, at-most, less-than).',
    '',
    `plan: ${plan.id}`,
    '',
    'observations:',
  ];
  for (const [index, entry] of entries.entries()) {
    if (index > 0) lines.push('');
    const indicator = model.index.indicator.get(entry.indicator);
    const describe = [
      indicator ? `${indicator.name.vi} (${indicator.unit})` : undefined,
      vietnamesePlaceName(model.index.place.get(entry.territory)),
      entry.targets.length > 0 ? `chỉ tiêu: ${entry.targets.map((target) => `${figureAmountText(amountOf(target), indicator?.unit, 'vi')} đến ${target.by}`).join('; ')}` : undefined,
    ].filter(Boolean);
    if (describe.length > 0) lines.push(`  # ${describe.join(' · ')}`);
    lines.push(
      entry.indicator ? yamlLine('  - ', 'indicator', entry.indicator) : yamlLine('  - ', 'indicator', null, 'mã chỉ số (content/indicators/), ví dụ ty-le-ho-ngheo'),
      entry.territory ? yamlLine('    ', 'territory', entry.territory) : yamlLine('    ', 'territory', null, 'mã địa bàn hoặc nhóm (content/territories/)'),
      yamlLine('    ', 'period', year),
      yamlLine('    ', 'value', null, `số liệu, dấu chấm thập phân${indicator ? ` (${indicator.unit})` : ''}`),
      yamlLine('    ', 'status', 'reported', 'reported = đã báo cáo; estimated = ước tính; provisional = sơ bộ'),
      '    source:',
      yamlLine('      ', 'document', sourceId),
      yamlLine('      ', 'locator', null, 'mục, đoạn hoặc trang, ví dụ "mục II.1"'),
      yamlLine('      ', 'quote', null, 'câu nguyên văn nêu số liệu'),
    );
  }
  if (otherPlaces.length > 0) {
    lines.push(
      '',
      `# Kế hoạch còn áp dụng cho: ${otherPlaces.join(', ')}. Có số liệu cho các địa bàn này thì chép một mục ở trên`,
      '# và đổi "territory".',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A year outside the plan's period is allowed (late reports exist) but usually a typo. */
function periodNotes(plan: DocumentRecord, year: number): Bilingual[] {
  if (plan.period === undefined) return [];
  const period = parsePeriod(plan.period);
  const [from, to] = period.kind === 'span' ? [period.from, period.to] : [period.year, period.year];
  if (year >= from && year <= to) return [];
  return [{
    vi: `Lưu ý: kế hoạch ${plan.id} áp dụng cho ${period.key}, không gồm năm ${year}.`,
    en: `Note: plan ${plan.id} covers ${period.key}, which does not include ${year}.`,
  }];
}
