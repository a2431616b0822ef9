import writeExcelFile from 'write-excel-file/node';
import type { DataVersion } from '../model/dataVersion.ts';
import { dataVersionLabel } from '../model/dataVersion.ts';
import type { Model, Observation, Target } from '../model/types.ts';
import { documentRows, figureRows, indicatorRows } from './figureRows.ts';
import { setZipTimes } from './zipTimes.ts';
import { documentRowSchema, figureRowSchema, indicatorRowSchema } from './rowSchemas.ts';

/**
 * The figures as an Excel workbook, for readers who open data in a spreadsheet rather than a
 * program. A CSV is a trap there: Excel drops the leading zero of code 03076, and a sheet set to
 * Vietnamese reads "10.41" by its own rules. Here each cell has its type: codes and ids are text
 * (format "@"), values are numbers shown with the indicator's decimals, dates are dates; headers
 * are in Vietnamese and English, the indicator is named in both, and a sheet explains every
 * column and the data version. Values are the stored figures, never rounded: the format only
 * changes how many decimals a cell shows.
 */

type Cell = { value: string | number | boolean | Date; type?: typeof String | typeof Number | typeof Boolean | typeof Date; format?: string; fontWeight?: 'bold'; wrap?: boolean } | null;
type Sheet = { sheet: string; data: Cell[][]; columns?: { width: number }[]; stickyRowsCount?: number };

/** Column titles, Vietnamese / English, for every column of the figures, indicators and documents tables. */
const TITLES: Record<string, [vi: string, en: string]> = {
  figure_id: ['Mã số liệu', 'Figure id'],
  figure_type: ['Loại', 'Type'],
  indicator_id: ['Mã chỉ số', 'Indicator id'],
  indicator_name_vi: ['Chỉ số', 'Indicator (Vietnamese)'],
  indicator_name_en: ['Chỉ số (tiếng Anh)', 'Indicator'],
  unit: ['Đơn vị', 'Unit'],
  territory_id: ['Mã địa bàn', 'Territory id'],
  territory_name: ['Địa bàn', 'Territory'],
  territory_code: ['Mã hành chính', 'Administrative code'],
  period: ['Thời điểm', 'Period'],
  value: ['Giá trị', 'Value'],
  range_min: ['Từ', 'Range from'],
  range_max: ['Đến', 'Range to'],
  comparator: ['So sánh', 'Comparator'],
  out_of: ['Trên tổng số', 'Out of'],
  qualifier: ['Cách nguồn nêu số (trên, khoảng…)', 'Qualifier (more than, about…)'],
  status: ['Tình trạng số liệu', 'Figure status'],
  plan_id: ['Kế hoạch', 'Plan'],
  source_document_id: ['Mã văn bản nguồn', 'Source document id'],
  source_document_number: ['Số văn bản', 'Document number'],
  source_document_date: ['Ngày văn bản', 'Document date'],
  source_locator: ['Vị trí trong nguồn', 'Where in the source'],
  source_quote: ['Câu trích', 'Quote'],
  source_quality: ['Lưu ý về nguồn', 'Source caution'],
  disputed: ['Các nguồn khác nhau', 'Disputed'],
  inconsistent: ['Không khớp số học', 'Inconsistent'],
  progress_status: ['Đánh giá tiến độ', 'Progress status'],
  progress_label_vi: ['Đánh giá (lời)', 'Progress (words, Vietnamese)'],
  progress_projection: ['Dự báo đến hạn', 'Projection at deadline'],
  progress_ratio: ['Tỷ số tiến độ', 'Progress ratio'],
  progress_as_of: ['Ngày đánh giá', 'Judged as of'],
  data_version: ['Phiên bản dữ liệu', 'Data version'],
  name_vi: ['Tên', 'Name (Vietnamese)'],
  name_en: ['Tên tiếng Anh', 'Name (English)'],
  kind: ['Kiểu', 'Kind'],
  direction: ['Hướng tốt', 'Desired direction'],
  decimals: ['Số chữ số thập phân', 'Decimals'],
  category: ['Lĩnh vực', 'Category'],
  definition_vi: ['Định nghĩa', 'Definition (Vietnamese)'],
  definition_en: ['Định nghĩa tiếng Anh', 'Definition (English)'],
  document_id: ['Mã văn bản', 'Document id'],
  type: ['Loại văn bản', 'Document type'],
  number: ['Số', 'Number'],
  issuer: ['Cơ quan ban hành', 'Issuer'],
  issued: ['Ngày ban hành', 'Issued'],
  title_vi: ['Tiêu đề', 'Title (Vietnamese)'],
  title_en: ['Tiêu đề tiếng Anh', 'Title (English)'],
  url: ['Địa chỉ', 'Address'],
};

/** Ids and codes are text: a spreadsheet must not read 03076 as the number 3076. */
const TEXT_COLUMNS = new Set(['figure_id', 'indicator_id', 'territory_id', 'territory_code', 'plan_id', 'source_document_id', 'source_document_number', 'document_id', 'number', 'issuer']);
const DATE_COLUMNS = new Set(['source_document_date', 'progress_as_of', 'issued']);
/** Numbers in the indicator's unit, shown with its decimals. */
const VALUE_COLUMNS = new Set(['value', 'range_min', 'range_max', 'out_of', 'progress_projection']);
const DATE_FORMAT = 'dd/mm/yyyy';

const header = (columns: readonly string[]): Cell[] => columns.map((column) => ({ value: `${TITLES[column]?.[0] ?? column} / ${TITLES[column]?.[1] ?? column}`, fontWeight: 'bold' as const, wrap: true }));
const isoDate = (text: string) => new Date(`${text}T00:00:00Z`);
/** "#,##0.00" for two decimals: Excel shows it with the reader's own separators (10,41 in a Vietnamese sheet). */
export const numberFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

function cell(column: string, value: unknown, decimals: number): Cell {
  if (value === undefined || value === null || value === '') return null;
  if (TEXT_COLUMNS.has(column)) return { value: String(value), type: String, format: '@' };
  if (DATE_COLUMNS.has(column) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: isoDate(value), type: Date, format: DATE_FORMAT };
  if (column === 'period' && typeof value === 'string') {
    // A year is a number, an as-of date a date; a span of years ("2021-2025") stays text.
    if (/^\d{4}$/.test(value)) return { value: Number(value), type: Number, format: '0' };
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: isoDate(value), type: Date, format: DATE_FORMAT };
    return { value, type: String, format: '@' };
  }
  if (typeof value === 'number') {
    if (VALUE_COLUMNS.has(column)) return { value, type: Number, format: numberFormat(decimals) };
    if (column === 'progress_ratio') return { value, type: Number, format: '0.00' };
    return { value, type: Number };
  }
  if (typeof value === 'boolean') return { value, type: Boolean };
  return { value: String(value), type: String };
}

function table<Row extends object>(name: string, columns: readonly string[], rows: readonly Row[], decimalsOf: (row: Row) => number, widths: Record<string, number> = {}): Sheet {
  return {
    sheet: name,
    data: [header(columns), ...rows.map((row) => columns.map((column) => cell(column, (row as Record<string, unknown>)[column], decimalsOf(row))))],
    columns: columns.map((column) => ({ width: widths[column] ?? (TEXT_COLUMNS.has(column) ? 24 : 16) })),
    stickyRowsCount: 1,
  };
}

const FIGURE_COLUMNS = (() => {
  const columns = Object.keys(figureRowSchema.shape);
  columns.splice(columns.indexOf('indicator_name_vi') + 1, 0, 'indicator_name_en');
  return columns;
})();

/** The "Giải thích / About" sheet: the version, then every column of every sheet with its meaning. */
function aboutSheet(version: DataVersion, title: string, pageUrl: string): Sheet {
  const described = (schema: { shape: Record<string, { description?: string | undefined }> }, column: string) => schema.shape[column]?.description ?? '';
  const rows: Cell[][] = [
    [{ value: title, fontWeight: 'bold' }],
    [{ value: 'Phiên bản dữ liệu / Data version' }, { value: `${dataVersionLabel(version, 'vi')} / ${dataVersionLabel(version, 'en')}` }],
    [{ value: 'Nguồn / Source' }, { value: pageUrl }],
    [{ value: 'Mỗi số liệu ghi văn bản nguồn, vị trí và câu trích của nó; các văn bản có ở trang "Văn bản". / Each figure names its source document, where in it, and the quoted sentence; the documents are on the "Documents" sheet.' }],
    [],
    [{ value: 'Trang / Sheet', fontWeight: 'bold' }, { value: 'Cột / Column', fontWeight: 'bold' }, { value: 'Tên cột / Header', fontWeight: 'bold' }, { value: 'Nghĩa / Meaning', fontWeight: 'bold' }],
  ];
  const sheets = [
    ['Số liệu / Figures', FIGURE_COLUMNS, figureRowSchema],
    ['Chỉ số / Indicators', Object.keys(indicatorRowSchema.shape), indicatorRowSchema],
    ['Văn bản / Documents', Object.keys(documentRowSchema.shape), documentRowSchema],
  ] as const;
  for (const [sheet, columns, schema] of sheets) {
    for (const column of columns) {
      const meaning = column === 'indicator_name_en' ? 'Name of the indicator in English, where the data gives one' : described(schema as never, column);
      rows.push([{ value: sheet }, { value: column }, { value: `${TITLES[column]?.[0] ?? column} / ${TITLES[column]?.[1] ?? column}` }, meaning ? { value: meaning, wrap: true } : null]);
    }
  }
  return { sheet: 'Giải thích - About', data: rows, columns: [{ width: 22 }, { width: 24 }, { width: 36 }, { width: 90 }] };
}

/**
 * A workbook of some figures (one indicator's, or all), with the indicators and documents they
 * use. `title` and `pageUrl` say what the file is and where it comes from.
 */
export async function toSpreadsheet(model: Model, figures: readonly (Observation | Target)[], version: DataVersion, title: string, pageUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const rows = figureRows(model, figures, version).map((row) => ({ ...row, indicator_name_en: model.index.indicator.get(row.indicator_id)?.name.en }));
  const decimals = (indicatorId: string) => model.index.indicator.get(indicatorId)?.decimals ?? 4;
  const usedIndicators = new Set(rows.map((row) => row.indicator_id));
  const usedDocuments = new Set(rows.map((row) => row.source_document_id));
  const sheets: Sheet[] = [
    table('Số liệu - Figures', FIGURE_COLUMNS, rows, (row) => decimals(row.indicator_id), { indicator_name_vi: 36, indicator_name_en: 36, territory_name: 22, source_quote: 60 }),
    table('Chỉ số - Indicators', Object.keys(indicatorRowSchema.shape), indicatorRows(model).filter((row) => usedIndicators.has(row.indicator_id)), () => 0, { name_vi: 40, name_en: 40, definition_vi: 60, definition_en: 60 }),
    table('Văn bản - Documents', Object.keys(documentRowSchema.shape), documentRows(model).filter((row) => usedDocuments.has(row.document_id)), () => 0, { title_vi: 60, title_en: 60, url: 50 }),
    aboutSheet(version, title, pageUrl),
  ];
  const buffer = await writeExcelFile(sheets as never, { fontFamily: 'Arial', fontSize: 11 } as never).toBuffer();
  // Entries carry the data's date, not the clock's, so two builds of one commit are the same bytes.
  return setZipTimes(new Uint8Array(buffer), version.date) as Uint8Array<ArrayBuffer>;
}
