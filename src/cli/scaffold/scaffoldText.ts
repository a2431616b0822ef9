import type { Bilingual } from '../../core/diagnostics.ts';
import { idSchema } from '../../core/schema/common.ts';
import { closestMatch } from '../../core/text/closestMatch.ts';
import { slugify } from '../../core/text/foldDiacritics.ts';

/** A file a scaffold proposes; the CLI writes it, and refuses if it already exists. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

export type ScaffoldOutcome =
  | { ok: true; files: ScaffoldFile[]; /** Things worth knowing that do not stop the scaffold. */ notes: Bilingual[] }
  | { ok: false; problem: Bilingual };

export const refuse = (vi: string, en: string): ScaffoldOutcome => ({ ok: false, problem: { vi, en } });

/**
 * The column where line comments start, so that a skeleton reads as a form: what to fill on the
 * left, what goes there on the right.
 */
const COMMENT_COLUMN = 26;

/**
 * One YAML line: `key: value`, or `key:` left blank for the staff member to fill in. A blank is
 * YAML null, which the validator reports as "not filled in yet" until someone writes a value.
 */
export function yamlLine(indent: string, key: string, value: string | number | null, comment?: string): string {
  const text = `${indent}${key}:${value === null ? '' : ` ${value}`}`;
  return comment ? `${text.padEnd(Math.max(COMMENT_COLUMN, text.length + 1))} # ${comment}` : text;
}

/**
 * `# yaml-language-server: $schema=…` with a path relative to the file, so that editors other
 * than the project's VS Code set-up (which maps the folders in .vscode/settings.json) still
 * check the file as it is typed.
 */
export function schemaModeline(path: string, schemaFile: string): string {
  const depth = path.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}public/schema/${schemaFile}`;
}

/** A new id must be a valid slug; a name typed by mistake gets its slug as a suggestion. */
export function checkNewId(id: string): ScaffoldOutcome | null {
  if (idSchema.safeParse(id).success) return null;
  const slug = slugify(id);
  return refuse(
    `Mã "${id}" không hợp lệ: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối${slug ? `, ví dụ "${slug}"` : ''}.`,
    `"${id}" is not a valid id: ids are lower-case ASCII letters, digits and hyphens${slug ? `, e.g. "${slug}"` : ''}.`,
  );
}

/**
 * The id the user probably meant: the nearest by spelling, or else the only one that contains
 * what was typed ("kh-239" → "kh-239-ubnd-2021"), since people shorten long ids.
 */
export function suggestId(typed: string, candidates: readonly string[]): string | undefined {
  const near = closestMatch(typed, candidates);
  if (near) return near;
  const containing = candidates.filter((candidate) => candidate.includes(typed));
  return containing.length === 1 ? containing[0] : undefined;
}

/** "Có phải ý bạn là "x"?" or the list to choose from, for an id that does not exist. */
export function unknownIdProblem(id: string, kind: Bilingual, candidates: readonly string[]): ScaffoldOutcome {
  const suggestion = suggestId(id, candidates);
  const known = candidates.length > 0 ? candidates.join(', ') : '—';
  return suggestion
    ? refuse(`Không có ${kind.vi} nào có mã "${id}". Có phải ý bạn là "${suggestion}"?`, `There is no ${kind.en} with the id "${id}". Did you mean "${suggestion}"?`)
    : refuse(`Không có ${kind.vi} nào có mã "${id}". Các mã hiện có: ${known}.`, `There is no ${kind.en} with the id "${id}". Known ids: ${known}.`);
}

/** Refuses an id that a record of the same namespace already uses, naming where. */
export function idTaken(id: string, existing: { origin: { file: string; line: number } } | undefined, kind: Bilingual): ScaffoldOutcome | null {
  if (!existing) return null;
  const where = `${existing.origin.file}:${existing.origin.line}`;
  return refuse(`Mã "${id}" đã được dùng cho một ${kind.vi} ở ${where}.`, `The id "${id}" is already used by a ${kind.en} at ${where}.`);
}
