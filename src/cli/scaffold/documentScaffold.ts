import type { Model } from '../../core/model/types.ts';
import { DOCUMENT_TYPES, PLAN_TYPES, RELATION_KINDS, type DocumentType, type RelationKind } from '../../core/schema/document.ts';
import { DOCUMENT_TYPE_WORDS } from '../../present/phrases.ts';
import { checkNewId, idTaken, refuse, suggestId, yamlLine, type ScaffoldOutcome } from './scaffoldText.ts';

export interface DocumentRequest {
  id: string;
  type: string;
  /** Folder for the new file, inside plans/ (default: plans). */
  folder?: string;
}

export interface DocumentSkeleton {
  id: string;
  type: DocumentType;
  relations?: { type: RelationKind; document: string }[];
  /** What to suggest for the issuer, e.g. the plan's issuer for its yearly report. */
  issuerExample?: string;
  scope?: readonly string[];
}

const DOCUMENT_KIND = { vi: 'tài liệu', en: 'document' };

/** `npm run new -- document <id> --type <type>`: a document's front matter with blanks to fill. */
export function scaffoldDocument(model: Pick<Model, 'index'>, request: DocumentRequest): ScaffoldOutcome {
  const invalid = checkNewId(request.id);
  if (invalid) return invalid;
  const types: readonly DocumentType[] = DOCUMENT_TYPES;
  if (!types.includes(request.type as DocumentType)) {
    const suggestion = suggestId(request.type, types);
    const list = types.map((type) => `${type} (${DOCUMENT_TYPE_WORDS[type].vi})`).join(', ');
    return suggestion
      ? refuse(`Không có loại văn bản "${request.type}". Có phải ý bạn là "${suggestion}"?`, `There is no document type "${request.type}". Did you mean "${suggestion}"?`)
      : refuse(`Không có loại văn bản "${request.type}". Các loại: ${list}.`, `There is no document type "${request.type}". Types: ${list}.`);
  }
  const taken = idTaken(request.id, model.index.document.get(request.id), DOCUMENT_KIND);
  if (taken) return taken;
  const folder = (request.folder ?? 'plans').replace(/\/+$/, '');
  // Documents are read only from plans/; a folder outside it would create a file nobody reads.
  if (!/^plans(?:\/[a-z0-9][a-z0-9._-]*)*$/.test(folder)) {
    return refuse(
      `Thư mục "${folder}" không hợp lệ: tài liệu phải nằm trong plans/, ví dụ plans/lao-cai/bao-chi.`,
      `The folder "${folder}" is not valid: documents go inside plans/, e.g. plans/lao-cai/bao-chi.`,
    );
  }
  const type = request.type as DocumentType;
  return { ok: true, files: [{ path: `${folder}/${request.id}.md`, text: documentSkeleton({ id: request.id, type }) }], notes: [] };
}

/**
 * The front matter as a form: every field a document needs, the ones we know filled in, the
 * others blank with a comment saying what goes there. Blank lines fail validation until they
 * are filled in or deleted, so nothing half-finished is published by accident.
 */
export function documentSkeleton(skeleton: DocumentSkeleton): string {
  const { id, type } = skeleton;
  const isPlan = PLAN_TYPES.includes(type);
  const lines = [
    '---',
    '# Thông tin văn bản. Điền vào chỗ trống sau dấu hai chấm; dòng nào không có thông tin (ví dụ',
    '# văn bản chưa có số) thì xóa cả dòng. Sau dòng "---" cuối: dán toàn văn hoặc tóm tắt văn bản.',
    '# Kiểm tra bằng lệnh: npm run validate',
    '# Document details: fill in the blanks after each colon, or delete a line you have no value for.',
    '# After the closing "---", paste the full text or a summary. Check with: npm run validate',
    yamlLine('', 'id', id, 'mã của văn bản, không đổi sau khi công bố'),
    yamlLine('', 'type', type, DOCUMENT_TYPE_WORDS[type].vi),
    yamlLine('', 'number', null, 'số hiệu đúng như in, ví dụ 239/KH-UBND; xóa dòng nếu chưa có số'),
    yamlLine('', 'issuer', null, `mã cơ quan ban hành (content/agencies/), ví dụ ${skeleton.issuerExample ?? 'ubnd-tinh-lao-cai'}`),
    yamlLine('', 'issued', null, 'ngày ban hành, dạng NĂM-THÁNG-NGÀY, ví dụ 2024-12-15'),
    yamlLine('', 'status', 'ban-hanh', 'ban-hanh = đã ban hành; du-thao = dự thảo'),
    'title:',
    yamlLine('  ', 'vi', null, 'tên văn bản đúng như in trên bản gốc'),
    yamlLine('', 'url', null, 'địa chỉ bản gốc trên mạng (https://…); xóa dòng nếu không có'),
  ];
  if (isPlan) {
    lines.push(yamlLine('', 'period', null, 'các năm kế hoạch áp dụng, ví dụ 2021-2025'));
  }
  if (skeleton.scope && skeleton.scope.length > 0) lines.push(yamlLine('', 'scope', `[${skeleton.scope.join(', ')}]`, 'địa bàn văn bản nói đến'));
  else if (isPlan) lines.push(yamlLine('', 'scope', null, 'mã các địa bàn hoặc nhóm, ví dụ [10-xa-ngheo-lao-cai]'));
  if (skeleton.relations && skeleton.relations.length > 0) {
    lines.push('relations:');
    for (const relation of skeleton.relations) {
      lines.push(yamlLine('  - ', 'type', relation.type, RELATION_KINDS[relation.type].vi));
      lines.push(yamlLine('    ', 'document', relation.document));
    }
  }
  if (isPlan) {
    lines.push('# Chỉ tiêu và nhiệm vụ của kế hoạch: đặt trong một tệp .yaml cùng thư mục (plan:, targets:, tasks:).');
  }
  lines.push('---', '');
  return `${lines.join('\n')}\n`;
}
