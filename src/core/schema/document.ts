import { z } from 'zod';
import { idSchema, isoDateSchema, localizedTextSchema, periodSchema, urlSchema } from './common.ts';

/** The kinds of document, by id; what each is called is in src/present/phrases.ts (DOCUMENT_TYPE_WORDS). */
export const DOCUMENT_TYPES = [
  'nghi-quyet',
  'ke-hoach',
  'quyet-dinh',
  'chuong-trinh',
  'de-an',
  'chi-thi',
  'huong-dan',
  'thong-tu',
  'luat',
  'bao-cao',
  'nghi-dinh',
  'thong-bao',
  'bai-bao',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** Documents that carry targets and tasks. */
export const PLAN_TYPES: readonly DocumentType[] = ['ke-hoach', 'chuong-trinh', 'de-an'];

export const RELATION_KINDS = {
  implements: { vi: 'Thực hiện', en: 'Implements' },
  'based-on': { vi: 'Căn cứ', en: 'Based on' },
  amends: { vi: 'Sửa đổi', en: 'Amends' },
  supersedes: { vi: 'Thay thế', en: 'Supersedes' },
  'reports-on': { vi: 'Báo cáo về', en: 'Reports on' },
  mentions: { vi: 'Nhắc đến', en: 'Mentions' },
} as const;
export type RelationKind = keyof typeof RELATION_KINDS;

export const documentRelationSchema = z.strictObject({
  type: z.enum(Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]]),
  document: idSchema.describe('Id of the related document'),
});

export const documentFrontMatterSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(DOCUMENT_TYPES),
    number: z
      .string()
      .min(1)
      .optional()
      .describe('Number exactly as printed: "239/KH-UBND", "111/2024/QH15", "20-NQ/TU". Leave out while a draft has none.'),
    issuer: idSchema.describe('Id of the issuing agency or publisher (content/agencies/)'),
    issued: isoDateSchema.optional().describe('Date of issue or publication, YYYY-MM-DD'),
    effective: isoDateSchema.optional().describe('Date it takes effect, if different from the issue date'),
    status: z.enum(['du-thao', 'ban-hanh']).describe('du-thao = draft, ban-hanh = issued'),
    title: localizedTextSchema,
    url: urlSchema.optional(),
    period: periodSchema.optional().describe('For plans and programmes: the years they cover, e.g. "2021-2025"'),
    scope: z.array(idSchema).optional().describe('Ids of the territories or groups the document covers'),
    relations: z.array(documentRelationSchema).optional(),
    summary: localizedTextSchema.optional().describe('One or two sentences for lists and search'),
    author: z.string().min(1).optional().describe('Byline of a press article'),
  })
  .describe('Front matter of a document file in plans/ (resolution, plan, report, press article…)');

export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>;
