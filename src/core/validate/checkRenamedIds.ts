import type { Diagnostic } from '../diagnostics.ts';
import type { Origin } from '../load/loadProject.ts';
import type { Model } from '../model/types.ts';

/** The ids a changed file held at the last commit (read from git at the edges). */
export interface CommittedIds {
  file: string;
  ids: string[];
}

/**
 * An id is a page's address: once published, citations and links point at it. An id that was in
 * a file at the last commit and is gone from the whole model, while the same file now has an id
 * it did not have, was renamed: reported at the new id, once, instead of as a "did you mean the
 * new id?" at every reference, whose fix would move the references and drop the published page.
 */
export function checkRenamedIds(model: Pick<Model, 'index' | 'territories' | 'groups' | 'indicators' | 'agencies' | 'documents'>, committed: readonly CommittedIds[]): { diagnostics: Diagnostic[]; renamed: Map<string, Diagnostic> } {
  const diagnostics: Diagnostic[] = [];
  const renamed = new Map<string, Diagnostic>();
  const exists = (id: string) => model.index.place.has(id) || model.index.indicator.has(id) || model.index.agency.has(id) || model.index.document.has(id);
  const records: { id: string; origin: Origin }[] = [...model.territories, ...model.groups, ...model.indicators, ...model.agencies, ...model.documents];
  for (const { file, ids } of committed) {
    const before = new Set(ids);
    const gone = ids.filter((id) => !exists(id));
    const added = records.filter((record) => record.origin.file === file && !before.has(record.id));
    gone.forEach((oldId, i) => {
      const record = added[i];
      if (!record) return;
      const diagnostic: Diagnostic = {
        severity: 'error',
        code: 'id-renamed',
        file,
        ...record.origin.locate(['id']),
        message: {
          vi: `Mã "${record.id}" thay cho mã "${oldId}" đã công bố ở lần lưu trước. Mã là địa chỉ trang web: đổi mã làm hỏng mọi liên kết và trích dẫn tới trang cũ.`,
          en: `The id "${record.id}" replaces "${oldId}", published in the last commit. An id is the page's address: changing it breaks every link and citation to the old page.`,
        },
        hint: {
          vi: `Đặt lại id: ${oldId}; tên hiển thị thì sửa ở "name" hoặc "title", không sửa mã. Nếu đây thật sự là một bản ghi mới, giữ bản ghi "${oldId}" và thêm bản ghi mới bên cạnh (địa bàn sáp nhập thì ghi successor/predecessors để trang cũ dẫn sang).`,
          en: `Put back id: ${oldId}; change the shown name in "name" or "title", not the id. If this really is a new record, keep "${oldId}" and add the new one beside it (for a merged territory, successor/predecessors make the old page lead to the new).`,
        },
      };
      renamed.set(oldId, diagnostic);
      diagnostics.push(diagnostic);
    });
  }
  return { diagnostics, renamed };
}
