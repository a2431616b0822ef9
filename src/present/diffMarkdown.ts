import { placeNameById } from './names.ts';
import { formatDate, formatNumber } from '../core/format/formatNumber.ts';
import type { Model } from '../core/model/types.ts';
import type { DataDiff, FigureChange } from '../core/history/diffSnapshots.ts';
import { computedAmountText, figureAmountText } from './figureText.ts';
import type { DocumentSnapshot, FigureSnapshot, WarningSnapshot } from '../core/history/figureSnapshot.ts';
import { PROGRESS_LABELS } from '../core/format/progressLabels.ts';
import type { ProgressChange } from '../core/history/progressChanges.ts';

export interface DiffReportContext {
  /** The data before and after, for indicator and place names (a removed figure's names are in `before`). */
  before: Pick<Model, 'index'>;
  after: Pick<Model, 'index'>;
  /** What the working data is compared with, e.g. { ref: 'origin/main', commit: '1a2b3c4' }. */
  base: { ref: string; commit: string };
  /** Errors in the working data: records with errors are missing from the diff, so say so first. */
  errorsAfter: number;
  /** Rows shown per table; GitHub refuses comments over 65 536 characters. */
  maxRows?: number;
  /** Targets whose verdict the change moves (both versions judged at the same date). */
  statusChanges?: readonly ProgressChange[];
}

const DEFAULT_MAX_ROWS = 100;

/** Vietnamese names of the compared fields, for the "what changed" column. */
const FIELD_NAMES: Record<keyof FigureSnapshot, string> = {
  id: 'mã',
  type: 'loại',
  indicator: 'chỉ số',
  territory: 'địa bàn',
  period: 'kỳ',
  value: 'giá trị',
  range: 'khoảng',
  comparator: 'phép so sánh',
  outOf: 'tổng số',
  status: 'trạng thái',
  qualifier: 'cách nguồn nêu số (trên, khoảng…)',
  document: 'nguồn',
  locator: 'vị trí trong nguồn',
  quote: 'câu trích',
};

/**
 * The data changes of a pull request as Markdown to post as its comment: what a reviewer needs
 * to check against the sources, with names instead of ids and numbers as Vietnamese readers
 * write them. Headings are Vietnamese first, then English.
 */
export function formatDiffMarkdown(diff: DataDiff, context: DiffReportContext): string {
  const maxRows = context.maxRows ?? DEFAULT_MAX_ROWS;
  const names = nameLookup(context);
  const documentsTouched = diff.documentsAdded.length + diff.documentsChanged.length + diff.documentsRemoved.length;
  const lines: string[] = ['## Thay đổi dữ liệu / Data changes', '', `So với / Compared with \`${context.base.ref}\` (${context.base.commit}).`, ''];

  if (context.errorsAfter > 0) {
    lines.push(
      `> **Dữ liệu đang có ${context.errorsAfter} lỗi.** Mục nào có lỗi thì không được tính ở đây. Chạy \`npm run validate\` để xem và sửa.`,
      `> **The data has ${context.errorsAfter} error${context.errorsAfter === 1 ? '' : 's'}.** Records with errors are left out of this summary. Run \`npm run validate\` to see and fix them.`,
      '',
    );
  }

  const counts: [string, number][] = [
    ['Số liệu thêm mới / Figures added', diff.figuresAdded.length],
    ['Số liệu sửa / Figures changed', diff.figuresChanged.length],
    ['Số liệu bị xóa / Figures removed', diff.figuresRemoved.length],
    ['Tài liệu thêm, sửa hoặc xóa / Documents added, changed or removed', documentsTouched],
    ['Cảnh báo mới / Warnings introduced', diff.warningsIntroduced.length],
    ['Cảnh báo đã hết / Warnings resolved', diff.warningsResolved.length],
    ['Chỉ tiêu đổi tình trạng / Targets whose status changes', context.statusChanges?.length ?? 0],
  ];
  if (counts.every(([, count]) => count === 0)) {
    lines.push('Không có thay đổi dữ liệu. / No data changes.');
    return `${lines.join('\n')}\n`;
  }
  for (const [label, count] of counts) lines.push(`- ${label}: ${count}`);

  const figureHeader = ['Chỉ số / Indicator', 'Địa bàn / Place', 'Kỳ / Period'];
  section(lines, 'Số liệu thêm mới / Figures added', table(
    [...figureHeader, 'Giá trị / Value', 'Nguồn / Source'],
    diff.figuresAdded.map((figure) => [...figureCells(figure, names), amount(figure, names), code(figure.document)]),
    maxRows,
  ));
  section(lines, 'Số liệu sửa / Figures changed', table(
    [...figureHeader, 'Cũ → mới / Old → new', 'Sửa gì / What changed', 'Nguồn / Source'],
    diff.figuresChanged.map((change) => [...figureCells(change.after, names), changeText(change, names), change.fields.map((field) => FIELD_NAMES[field]).join(', '), code(change.after.document)]),
    maxRows,
  ));
  section(lines, 'Số liệu bị xóa / Figures removed', table(
    [...figureHeader, 'Giá trị / Value', 'Nguồn / Source'],
    diff.figuresRemoved.map((figure) => [...figureCells(figure, names), amount(figure, names), code(figure.document)]),
    maxRows,
  ));
  section(lines, 'Chỉ tiêu đổi tình trạng / Targets whose status changes', list((context.statusChanges ?? []).map((change) => statusLine(change, context)), maxRows));
  section(lines, 'Tài liệu thêm mới / Documents added', list(diff.documentsAdded.map(documentLine), maxRows));
  section(lines, 'Tài liệu sửa / Documents changed', list(diff.documentsChanged.map(documentLine), maxRows));
  section(lines, 'Tài liệu bị xóa / Documents removed', list(diff.documentsRemoved.map(documentLine), maxRows));
  section(lines, 'Cảnh báo mới / Warnings introduced', list(diff.warningsIntroduced.map(warningLine), maxRows));
  section(lines, 'Cảnh báo đã hết / Warnings resolved', list(diff.warningsResolved.map(warningLine), maxRows));
  return `${lines.join('\n')}\n`;
}

interface Names {
  indicator(id: string): string;
  unit(id: string): string | undefined;
  place(id: string): string;
}

function nameLookup({ before, after }: DiffReportContext): Names {
  const indicatorOf = (id: string) => after.index.indicator.get(id) ?? before.index.indicator.get(id);
  return {
    indicator: (id) => indicatorOf(id)?.name.vi ?? id,
    unit: (id) => indicatorOf(id)?.unit,
    place: (id) => placeNameById(after.index.place.has(id) ? after : before, id, 'vi'),
  };
}

function figureCells(figure: FigureSnapshot, names: Names): string[] {
  return [escapeText(names.indicator(figure.indicator)), escapeText(names.place(figure.territory)), periodText(figure)];
}

function periodText(figure: FigureSnapshot): string {
  const period = /^\d{4}-\d{2}-\d{2}$/.test(figure.period) ? formatDate(figure.period, 'vi') : figure.period.replace(/^(\d{4})-(\d{4})$/, '$1–$2');
  return figure.type === 'target' ? `chỉ tiêu đến ${period}` : period;
}

function amount(figure: FigureSnapshot, names: Names): string {
  return figureAmountText(figure, names.unit(figure.indicator), 'vi');
}

/** "30 dự án → **31 dự án**"; when only the quote or locator changed, the value stands alone. */
function changeText(change: FigureChange, names: Names): string {
  const before = amount(change.before, names);
  const after = amount(change.after, names);
  return before === after ? after : `${before} → **${after}**`;
}

/** "Nậm Chày · Tỷ lệ hộ nghèo 2025: cần tăng tốc → đúng tiến độ (dự báo đến hạn 20,84% → 12,1%)" */
function statusLine(change: ProgressChange, { before, after }: DiffReportContext): string {
  const indicator = after.index.indicator.get(change.indicator) ?? before.index.indicator.get(change.indicator);
  const place = placeNameById(after.index.place.has(change.territory) ? after : before, change.territory, 'vi');
  const by = typeof change.by === 'number' ? String(change.by) : formatDate(change.by, 'vi');
  const word = (status: ProgressChange['before']) => {
    const label = PROGRESS_LABELS.vi[status];
    return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
  };
  const value = (n: number) => (indicator ? computedAmountText(n, indicator, 'vi') : formatNumber(n, 'vi', 2));
  const projection =
    change.projectionBefore !== undefined || change.projectionAfter !== undefined
      ? ` (dự báo đến hạn ${change.projectionBefore === undefined ? '—' : value(change.projectionBefore)} → ${change.projectionAfter === undefined ? '—' : value(change.projectionAfter)})`
      : '';
  return `${escapeText(place)} · ${escapeText(indicator?.name.vi ?? change.indicator)} ${by}: ${word(change.before)} → **${word(change.after)}**${projection}`;
}

function documentLine(document: DocumentSnapshot): string {
  const details = [document.number, document.issued ? formatDate(document.issued, 'vi') : undefined, document.status === 'du-thao' ? 'dự thảo' : undefined].filter(Boolean);
  return `${code(document.id)} — ${escapeText(document.title)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

function warningLine(warning: WarningSnapshot): string {
  return `${code(warning.file)} [${warning.code}] ${escapeText(warning.message.vi)} / ${escapeText(warning.message.en)}`;
}

function section(lines: string[], heading: string, body: string[]): void {
  if (body.length === 0) return;
  lines.push('', `### ${heading}`, '', ...body);
}

/** Cells arrive as Markdown already: data text in them is escaped by escapeText. */
function table(header: string[], rows: string[][], maxRows: number): string[] {
  if (rows.length === 0) return [];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.slice(0, maxRows).map(line), ...more(rows.length, maxRows)];
}

function list(items: string[], maxRows: number): string[] {
  return [...items.slice(0, maxRows).map((item) => `- ${item}`), ...more(items.length, maxRows)];
}

function more(total: number, shown: number): string[] {
  return total > shown ? ['', `… và ${total - shown} mục khác (xem tất cả: \`npm run diff -- <ref> --json\`) / … and ${total - shown} more (all of them: \`npm run diff -- <ref> --json\`)`] : [];
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Names and messages come from data files: keep them from opening Markdown or HTML constructs. */
function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_<>[\]|])/g, '\\$1');
}
