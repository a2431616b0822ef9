import type { Diagnostic } from '../diagnostics.ts';
import { CATALOGUE_FOLDER, isCatalogueFile, type Loaded, type LoadedProject } from '../load/loadProject.ts';
import type { IndicatorInput } from '../schema/indicator.ts';

/**
 * Which indicators a site has: every one its data folder defines, and those of the engine's
 * standard catalogue (src/catalogue/indicators/) that it uses. A province that reports the
 * national poverty rate need not copy its definition; a catalogue indicator the data never
 * mentions gets no page, so a new site does not open with empty indicators.
 *
 * A data folder may redefine a catalogue indicator, but only with a `catalogue_note` saying why:
 * a reader comparing two provinces' "tỷ lệ hộ nghèo" must be told when one means something else.
 * A copy identical to the catalogue's (staff used to copy the file by hand) is simply the same.
 */
export function chooseIndicators(project: LoadedProject): { indicators: Loaded<IndicatorInput>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const own = project.indicators.filter((indicator) => !isCatalogueFile(indicator.origin.file));
  const catalogue = new Map<string, Loaded<IndicatorInput>>();
  for (const indicator of project.indicators) if (isCatalogueFile(indicator.origin.file) && !catalogue.has(indicator.id)) catalogue.set(indicator.id, indicator);
  const ownIds = new Set(own.map((indicator) => indicator.id));

  for (const indicator of own) {
    const standard = catalogue.get(indicator.id);
    if (!standard || indicator.catalogue_note || sameDefinition(indicator, standard)) continue;
    diagnostics.push({
      // A warning, not an error: the site is still right about its own figures, and a folder made
      // before the catalogue existed keeps building; --strict (CI) holds it until the note is added.
      severity: 'warning',
      code: 'catalogue-override',
      file: indicator.origin.file,
      ...indicator.origin.locate(['id']),
      message: {
        vi: `Chỉ số "${indicator.id}" đã có trong danh mục chỉ số chuẩn (${standard.origin.file}:${standard.origin.line}) với định nghĩa khác.`,
        en: `The indicator "${indicator.id}" is in the standard indicator catalogue (${standard.origin.file}:${standard.origin.line}) with a different definition.`,
      },
      hint: {
        vi: 'Nếu dùng đúng chỉ số chuẩn, xóa bản này (số liệu vẫn dùng mã đó). Nếu địa phương định nghĩa khác, thêm catalogue_note: { vi: …, en: … } nói rõ khác thế nào; ghi chú được hiện cùng định nghĩa.',
        en: 'If you mean the standard indicator, delete this copy (figures keep using the id). If yours differs, add catalogue_note: { vi: …, en: … } saying how; the note is shown with the definition.',
      },
    });
  }

  // Catalogue indicators the data uses, directly or as the base another indicator is computed from.
  const wanted: string[] = [
    ...project.targets.map((target) => target.indicator),
    ...project.observations.map((observation) => observation.indicator),
    ...(project.site?.headline_indicators ?? []),
    ...own.flatMap((indicator) => (indicator.relation ? [indicator.relation.of] : [])),
  ];
  const used = new Set<string>();
  while (wanted.length > 0) {
    const id = wanted.pop()!;
    if (used.has(id) || ownIds.has(id) || project.invalidIds.has(id)) continue;
    const standard = catalogue.get(id);
    if (!standard) continue;
    used.add(id);
    if (standard.relation) wanted.push(standard.relation.of);
  }
  const fromCatalogue = [...catalogue.values()].filter((indicator) => used.has(indicator.id));
  // The national, standard indicators first: pages list indicators in this order after the headlines.
  return { indicators: [...fromCatalogue, ...own], diagnostics };
}

/** Where an unknown indicator id was looked up, for the message that says it is not there. */
export const INDICATOR_LOOKUP = {
  vi: `content/indicators/ của thư mục dữ liệu và danh mục chỉ số chuẩn ${CATALOGUE_FOLDER}indicators/`,
  en: `the data folder's content/indicators/ and the standard indicator catalogue ${CATALOGUE_FOLDER}indicators/`,
};

/** Same meaning: whether the home page features it is the site's choice, not part of the definition. */
function sameDefinition(a: Loaded<IndicatorInput>, b: Loaded<IndicatorInput>): boolean {
  const { origin: _a, headline: _h, catalogue_note: _n, ...left } = a;
  const { origin: _b, headline: _i, catalogue_note: _m, ...right } = b;
  return canonical(left) === canonical(right);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
