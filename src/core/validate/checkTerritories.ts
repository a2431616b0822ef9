import type { Diagnostic } from '../diagnostics.ts';
import type { PathSegment } from '../load/yamlWithPositions.ts';
import type { Model, Territory } from '../model/types.ts';
import { GSO_CODE_WIDTH, type TerritoryLevel } from '../schema/territory.ts';
import { pushToList } from '../model/pushToList.ts';

const LEVEL_NAMES_VI: Record<TerritoryLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/**
 * Administrative history must hold together: codes have the width of their level, a code is
 * never held by two units at the same time (it may pass to a merged, larger unit), validity dates
 * are in order, and a merger is recorded on both sides.
 */
export function checkTerritories(model: Pick<Model, 'territories' | 'index'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byCode = new Map<string, Territory[]>();
  for (const territory of model.territories) {
    const at = (path: readonly PathSegment[]) => ({ file: territory.origin.file, ...territory.origin.locate(path) });
    if (territory.code !== undefined) {
      const width = GSO_CODE_WIDTH[territory.level];
      if (territory.code.length !== width) {
        diagnostics.push({
          severity: 'error',
          code: 'territory-code',
          ...at(['code']),
          message: { vi: `Mã GSO của một ${LEVEL_NAMES_VI[territory.level]} có ${width} chữ số, nhưng "${territory.code}" có ${territory.code.length}.`, en: `A ${territory.level} GSO code has ${width} digits, but "${territory.code}" has ${territory.code.length}.` },
          hint: { vi: 'Giữ các số 0 ở đầu và đặt mã trong dấu nháy, ví dụ "02791".', en: 'Keep leading zeros and quote the code, e.g. "02791".' },
        });
      }
      pushToList(byCode, `${territory.level}:${territory.code}`, territory);
    }
    if (territory.valid_from && territory.valid_to && territory.valid_from > territory.valid_to) {
      diagnostics.push({
        severity: 'error',
        code: 'date-order',
        ...at(['valid_to']),
        message: { vi: `valid_to (${territory.valid_to}) sớm hơn valid_from (${territory.valid_from}).`, en: `valid_to (${territory.valid_to}) is before valid_from (${territory.valid_from}).` },
        hint: { vi: 'Kiểm tra lại hai ngày; có thể đã đảo ngày và tháng.', en: 'Check both dates; day and month may be swapped.' },
      });
    }
    if (territory.successor) {
      const successor = model.index.place.get(territory.successor);
      if (successor?.kind === 'territory' && !(successor.predecessors ?? []).includes(territory.id)) {
        diagnostics.push({
          severity: 'warning',
          code: 'territory-history',
          ...at(['successor']),
          message: {
            vi: `"${territory.id}" ghi đơn vị mới là "${territory.successor}" (successor), nhưng "${territory.successor}" không ghi "${territory.id}" trong các đơn vị cũ (predecessors).`,
            en: `"${territory.id}" names "${territory.successor}" as the unit it became (successor), but "${territory.successor}" does not list "${territory.id}" among its former units (predecessors).`,
          },
          hint: { vi: `Thêm "${territory.id}" vào predecessors của "${territory.successor}" để trang hai bên liên kết với nhau.`, en: `Add "${territory.id}" to the predecessors of "${territory.successor}" so both pages link to each other.` },
        });
      }
      if (!territory.valid_to) {
        diagnostics.push({
          severity: 'warning',
          code: 'territory-history',
          ...at(['successor']),
          message: {
            vi: `"${territory.id}" đã trở thành "${territory.successor}" (successor) nhưng chưa ghi ngày cuối cùng tồn tại (valid_to).`,
            en: `"${territory.id}" became "${territory.successor}" (successor) but has no last day (valid_to).`,
          },
          hint: { vi: 'Ghi ngày cuối cùng đơn vị này tồn tại, ví dụ valid_to: 2025-06-30.', en: 'Give the last day this unit existed, e.g. valid_to: 2025-06-30.' },
        });
      }
    }
    territory.predecessors?.forEach((id, i) => {
      const predecessor = model.index.place.get(id);
      if (predecessor?.kind === 'territory' && predecessor.successor !== territory.id) {
        diagnostics.push({
          severity: 'warning',
          code: 'territory-history',
          ...at(['predecessors', i]),
          message: {
            vi: `"${territory.id}" ghi "${id}" là đơn vị cũ (predecessors), nhưng "${id}" chưa ghi đơn vị mới là "${territory.id}" (successor).`,
            en: `"${territory.id}" lists "${id}" as a former unit (predecessors), but "${id}" does not name "${territory.id}" as the unit it became (successor).`,
          },
          hint: { vi: `Thêm "successor: ${territory.id}" vào "${id}".`, en: `Add "successor: ${territory.id}" to "${id}".` },
        });
      }
    });
  }
  for (const holders of byCode.values()) {
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const [a, b] = [holders[i]!, holders[j]!];
        if (periodsOverlap(a, b)) {
          diagnostics.push({
            severity: 'error',
            code: 'territory-code',
            file: b.origin.file,
            ...b.origin.locate(['code']),
            message: { vi: `Mã GSO "${b.code}" đã thuộc về "${a.id}" trong cùng thời gian.`, en: `GSO code "${b.code}" already belongs to "${a.id}" at the same time.` },
            hint: { vi: 'Mã không bao giờ dùng lại; nếu đơn vị mới giữ mã sau sáp nhập, ghi valid_to cho đơn vị cũ và valid_from cho đơn vị mới.', en: 'Codes are never reused; if a merged unit keeps the code, give the old unit a valid_to and the new one a valid_from.' },
          });
        }
      }
    }
  }
  return diagnostics;
}

function periodsOverlap(a: Territory, b: Territory): boolean {
  const aFrom = a.valid_from ?? '0000-01-01';
  const aTo = a.valid_to ?? '9999-12-31';
  const bFrom = b.valid_from ?? '0000-01-01';
  const bTo = b.valid_to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}
