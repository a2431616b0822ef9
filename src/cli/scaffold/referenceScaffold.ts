import { vietnamesePlaceName } from '../../core/export/figureRows.ts';
import type { Model } from '../../core/model/types.ts';
import { INDICATOR_CATEGORIES } from '../../core/schema/indicator.ts';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../../core/schema/territory.ts';
import { UNIT_NAMES } from '../../core/schema/units.ts';
import { checkNewId, idTaken, refuse, schemaModeline, suggestId, unknownIdProblem, yamlLine, type ScaffoldOutcome } from './scaffoldText.ts';

export interface TerritoryRequest {
  id: string;
  level?: string;
  parent?: string;
}

export interface IndicatorRequest {
  id: string;
  category?: string;
}

const PLACE_KIND = { vi: 'địa bàn hoặc nhóm', en: 'territory or group' };
const INDICATOR_KIND = { vi: 'chỉ số', en: 'indicator' };
const LEVEL_NAMES: Record<TerritoryLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

const HEADER = [
  '# Điền vào chỗ trống sau dấu hai chấm; dòng nào không có thông tin thì xóa cả dòng.',
  '# Kiểm tra bằng lệnh: npm run validate',
  '# Fill in the blanks after each colon, or delete a line you have no value for. Check with: npm run validate',
];

/**
 * `npm run new -- territory <id>`: a file of its own in content/territories/, because adding to
 * an existing list would mean editing a file the command promised not to touch.
 */
export function scaffoldTerritory(model: Pick<Model, 'index'>, request: TerritoryRequest, unfinished: ReadonlySet<string> = new Set()): ScaffoldOutcome {
  const invalid = checkNewId(request.id) ?? idTaken(request.id, model.index.place.get(request.id), PLACE_KIND);
  if (invalid) return invalid;
  if (request.level !== undefined && !TERRITORY_LEVELS.includes(request.level as TerritoryLevel)) {
    const suggestion = suggestId(request.level, TERRITORY_LEVELS);
    return refuse(
      `Không có cấp "${request.level}"${suggestion ? `. Có phải ý bạn là "${suggestion}"?` : `: dùng province (tỉnh), district (huyện) hoặc commune (xã).`}`,
      `There is no level "${request.level}"${suggestion ? `. Did you mean "${suggestion}"?` : `: use province, district or commune.`}`,
    );
  }
  const parent = request.parent === undefined ? undefined : model.index.place.get(request.parent);
  // A parent written but not finished (a new province's skeleton with blanks) is still its
  // parent: the new commune can be started now, and validation points at the parent's blanks.
  const unfinishedParent = request.parent !== undefined && !parent && unfinished.has(request.parent);
  if (request.parent !== undefined && parent?.kind !== 'territory' && !unfinishedParent) {
    const territories = [...model.index.place.values()].filter((place) => place.kind === 'territory').map((place) => place.id);
    return unknownIdProblem(request.parent, { vi: 'địa bàn', en: 'territory' }, [...territories, ...unfinished]);
  }
  const path = `content/territories/${request.id}.yaml`;
  const level = request.level as TerritoryLevel | undefined;
  const lines = [
    schemaModeline(path, 'reference-file.schema.json'),
    '#',
    '# Một địa bàn hành chính (tỉnh, huyện hoặc xã).',
    ...HEADER,
    '',
    'territories:',
    yamlLine('  - ', 'id', request.id),
    yamlLine('    ', 'name', null, 'tên chính thức, có dấu, ví dụ Nậm Chày'),
    level ? yamlLine('    ', 'level', level, LEVEL_NAMES[level]) : yamlLine('    ', 'level', null, 'province = tỉnh, district = huyện, commune = xã'),
    yamlLine('    ', 'code', null, 'mã GSO trong dấu nháy kép (tỉnh 2, huyện 3, xã 5 chữ số), ví dụ "03076"; xóa dòng nếu chưa biết'),
    parent
      ? yamlLine('    ', 'parent', parent.id, `${vietnamesePlaceName(parent)} (đơn vị cấp trên)`)
      : unfinishedParent
        ? yamlLine('    ', 'parent', request.parent!, 'đơn vị cấp trên')
        : yamlLine('    ', 'parent', null, 'mã đơn vị cấp trên, ví dụ van-ban; xóa dòng nếu là tỉnh'),
  ];
  const notes = unfinishedParent
    ? [
        {
          vi: `Lưu ý: địa bàn cấp trên "${request.parent}" còn chỗ trống chưa điền; npm run validate chỉ ra từng chỗ. Tệp mới vẫn đúng khi đã điền xong cả hai.`,
          en: `Note: the parent "${request.parent}" still has blanks; npm run validate lists each. The new file is right once both are filled in.`,
        },
      ]
    : [];
  return { ok: true, files: [{ path, text: `${lines.join('\n')}\n` }], notes };
}

/** `npm run new -- indicator <id>`: its own file in content/indicators/, for the same reason. */
export function scaffoldIndicator(model: Pick<Model, 'index'>, request: IndicatorRequest): ScaffoldOutcome {
  const invalid = checkNewId(request.id) ?? idTaken(request.id, model.index.indicator.get(request.id), INDICATOR_KIND);
  if (invalid) return invalid;
  const category = request.category;
  if (category !== undefined && !(INDICATOR_CATEGORIES as readonly string[]).includes(category)) {
    const suggestion = suggestId(category, INDICATOR_CATEGORIES);
    return refuse(
      `Không có nhóm chỉ số "${category}"${suggestion ? `. Có phải ý bạn là "${suggestion}"?` : `. Các nhóm: ${INDICATOR_CATEGORIES.join(', ')}.`}`,
      `There is no indicator category "${category}"${suggestion ? `. Did you mean "${suggestion}"?` : `. Categories: ${INDICATOR_CATEGORIES.join(', ')}.`}`,
    );
  }
  const path = `content/indicators/${request.id}.yaml`;
  const lines = [
    schemaModeline(path, 'reference-file.schema.json'),
    '#',
    '# Một chỉ số: thứ được đo, với đơn vị và chiều hướng tốt.',
    ...HEADER,
    '',
    'indicators:',
    yamlLine('  - ', 'id', request.id),
    '    name:',
    yamlLine('      ', 'vi', null, 'tên chỉ số, ví dụ Tỷ lệ hộ nghèo'),
    yamlLine('      ', 'en', null, 'tên tiếng Anh, ví dụ Poverty rate; xóa dòng nếu chưa có'),
    `    # Đơn vị, một trong: ${UNIT_NAMES.join(', ')}.`,
    '    # Đơn vị "%" phải đặt trong dấu nháy kép: unit: "%"',
    yamlLine('    ', 'unit', null, 'đơn vị của mọi số liệu của chỉ số'),
    yamlLine('    ', 'kind', null, 'level = mức (tỷ lệ…), change = mức tăng/giảm, count = số lượng, amount = số tiền, ratio = % so với kế hoạch'),
    yamlLine('    ', 'direction', null, 'increase = càng cao càng tốt, decrease = càng thấp càng tốt, none = không đánh giá'),
    yamlLine('    ', 'decimals', null, 'số chữ số thập phân công bố, ví dụ 2 cho 10,41%'),
    category
      ? yamlLine('    ', 'category', category)
      : yamlLine('    ', 'category', null, `nhóm: ${INDICATOR_CATEGORIES.join(', ')}`),
  ];
  return { ok: true, files: [{ path, text: `${lines.join('\n')}\n` }], notes: [] };
}
