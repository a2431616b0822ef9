import { z } from 'zod';
import { refineRule } from './schemaRules.ts';

/**
 * Where in a document a figure is stated. Written as the Vietnamese staff write it ("mục II.1,
 * đoạn 4", "đoạn mở đầu", "trang 12") or as its parts ({ section: "II.1", paragraph: 4 }); either
 * way the site reads it into parts (src/core/model/locator.ts) so that English pages say
 * "section II.1, paragraph 4" and never "mục II.1, đoạn 4".
 */
export const locatorPartsSchema = z
  .strictObject({
    section: z.string().min(1).optional().describe('Section number as printed, e.g. "II.1" or "III.16.a"'),
    heading: z.string().min(1).optional().describe('Heading of the section when it has no number, as printed, e.g. "Tập trung nguồn lực"'),
    item: z.string().min(1).optional().describe('Numbered item within the section, e.g. "1" or "a"'),
    paragraph: z
      .union([z.number().int().positive(), z.enum(['opening', 'closing'])])
      .optional()
      .describe('Paragraph number counted from the top of the section (or document), or "opening" / "closing"'),
    page: z.string().min(1).optional().describe('Page or pages as printed, e.g. "12" or "12–13"'),
    table: z.string().min(1).optional().describe('Table number or name as printed'),
    row: z.string().min(1).optional().describe('Row of the table, as printed'),
    annex: z.string().min(1).optional().describe('Annex (phụ lục) number as printed'),
  })
  .refine((parts) => Object.keys(parts).length > 0, refineRule('locator-not-empty'));

export const locatorSchema = z
  .union([z.string().min(1), locatorPartsSchema])
  .describe('Where in the document: "mục II.1, đoạn 4", "đoạn mở đầu", "trang 12", or the parts { section, heading, item, paragraph, page, table, row, annex }');

export type LocatorInput = z.infer<typeof locatorSchema>;
export type LocatorParts = z.infer<typeof locatorPartsSchema>;
