import type { z } from 'zod';
import { causeOf, type Diagnostic, type DiagnosticCause, type TextDiagnostic, type SourcePosition } from '../diagnostics.ts';
import { documentFrontMatterSchema, type DocumentFrontMatter } from '../schema/document.ts';
import {
  figureListSchemas,
  figuresFileEnvelopeSchema,
  referenceFileEnvelopeSchema,
  referenceListSchemas,
  figuresFileSchema,
  referenceFileSchema,
} from '../schema/files.ts';
import type { ObservationInput, TargetInput, TaskInput } from '../schema/figures.ts';
import type { IndicatorInput } from '../schema/indicator.ts';
import { PROSE_PAGE_FILES } from '../schema/pages.ts';
import { SITE_SETTINGS_PATH, siteSettingsSchema, type SiteSettingsInput } from '../schema/site.ts';
import type { AgencyInput, GroupInput, TerritoryInput } from '../schema/territory.ts';
import { schemaIssuesToDiagnostics } from '../validate/schemaIssues.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { normalizeText } from './normalizeText.ts';
import { closestMatch } from '../text/closestMatch.ts';
import { parseYaml } from './parseYaml.ts';
import { isPackedRecords, packedRecordCount, packRecords, unpackRecords, type PackedRecords } from './recordColumns.ts';
import { parseYamlWithPositions, type PathSegment, type PositionedYaml } from './yamlWithPositions.ts';

/** A file as read from disk (or made by a test): a project-relative POSIX path and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /** Set when the bytes were not valid UTF-8 (the text is then a lossy decoding). */
  notUtf8?: boolean;
  /** Set when the file is listed in a data folder but could not be read at all. */
  readError?: ReadError;
}

export type ReadError = 'broken-link' | 'linked-folder' | 'not-a-file' | 'no-permission' | 'io-error';

/** Where a record came from, and how to find any of its fields again for a diagnostic. */
export interface Origin extends SourcePosition {
  file: string;
  /** Where the record sits in its file's data, e.g. ['observations', 12]. */
  path: readonly PathSegment[];
  locate(path: readonly PathSegment[]): SourcePosition;
}

export type Loaded<T> = T & { origin: Origin };

export interface LoadedDocument extends DocumentFrontMatter {
  origin: Origin;
  body: string;
  bodyFirstLine: number;
}

export interface FigureContext {
  /** The `plan:` at the top of the figures file, if any. */
  filePlan?: string;
}

export interface LoadedProject {
  territories: Loaded<TerritoryInput>[];
  groups: Loaded<GroupInput>[];
  indicators: Loaded<IndicatorInput>[];
  agencies: Loaded<AgencyInput>[];
  documents: LoadedDocument[];
  targets: Loaded<TargetInput & FigureContext>[];
  tasks: Loaded<TaskInput & FigureContext>[];
  observations: Loaded<ObservationInput & FigureContext>[];
  /** Figures files' `plan:` declarations, to check that each names a plan. */
  planDeclarations: { plan: string; origin: Origin }[];
  /**
   * Ids of records that failed the schema. References to them are not reported as dangling: the
   * record's own error is the one to fix, and a cascade of follow-on errors would hide it.
   */
  invalidIds: Set<string>;
  /** For an id in `invalidIds`: the error that kept its record out, so references to it fold under it. */
  invalidIdCauses: Map<string, DiagnosticCause>;
  /** Prose pages (content/pages/*.md), passed through for the site. */
  pages: { path: string; text: string }[];
  /** The site's settings (content/site.yaml), or null when the folder has none or it is invalid. */
  site: Loaded<SiteSettingsInput> | null;
  diagnostics: Diagnostic[];
}

type FileKind = 'site' | 'reference' | 'figures' | 'document' | 'page' | 'ignored' | 'unknown';

/**
 * The standard catalogue shipped with the engine (src/catalogue/): reference data any data folder
 * uses by id. Its files are read like content/ files and named by their place in the engine.
 */
export const CATALOGUE_FOLDER = 'src/catalogue/';

export function isCatalogueFile(path: string): boolean {
  return path.startsWith(CATALOGUE_FOLDER);
}

export function classifyFile(path: string): FileKind {
  const name = path.split('/').at(-1) ?? '';
  if (name.startsWith('.') || /^readme\.md$/i.test(name)) return 'ignored';
  const isYaml = /\.ya?ml$/i.test(name);
  const isMarkdown = /\.md$/i.test(name);
  if (path === SITE_SETTINGS_PATH || path === 'content/site.yml') return 'site';
  if (path.startsWith(`${CATALOGUE_FOLDER}indicators/`) && isYaml) return 'reference';
  if ((path.startsWith('content/pages/') || path.startsWith(`${CATALOGUE_FOLDER}pages/`)) && isMarkdown) return 'page';
  if (path.startsWith('content/') && isYaml) return 'reference';
  if (path.startsWith('plans/') && isYaml) return 'figures';
  if (path.startsWith('plans/') && isMarkdown) return 'document';
  return 'unknown';
}

/**
 * Reads every file into typed records, one item at a time, so that one broken item neither hides
 * the mistakes in the others nor drops the valid ones from the checks that follow.
 *
 * `preloaded` holds files already loaded one by one elsewhere (`loadProject([file])` in worker
 * threads, src/node/loadInWorkers.ts) and packed to cross threads (loadFilePacked): they are taken
 * as they are, in the same order, with origins that find their positions in this thread when asked.
 */
export function loadProject(files: readonly SourceFile[], preloaded?: ReadonlyMap<string, PackedLoadedFile>): LoadedProject {
  const project: LoadedProject = {
    territories: [],
    groups: [],
    indicators: [],
    agencies: [],
    documents: [],
    targets: [],
    tasks: [],
    observations: [],
    planDeclarations: [],
    pages: [],
    site: null,
    invalidIds: new Set(),
    invalidIdCauses: new Map(),
    diagnostics: [],
  };

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const loaded = preloaded?.get(file.path);
    if (loaded && unpackColumns(loaded)) adoptLoadedFile(file, loaded, project);
    else loadProjectFile(file, project);
  }
  return project;
}

/** One file's records, diagnostics and ids, added to the project in the order files are read. */
function loadProjectFile(file: SourceFile, project: LoadedProject): void {
  if (file.readError) {
    if (classifyFile(file.path) !== 'ignored') project.diagnostics.push({ severity: 'error', code: 'file-unreadable', file: file.path, line: 1, column: 1, ...explainReadError(file.readError) });
    return;
  }
  const text = normalizeText(file.text);
  if (file.notUtf8 || text.includes('\u0000')) {
    project.diagnostics.push({
      severity: 'error',
      code: 'file-unreadable',
      file: file.path,
      line: 1,
      column: 1,
      message: { vi: 'Tệp này không phải văn bản thuần UTF-8: có thể là tệp Word, PDF, ảnh, hoặc được lưu bằng bảng mã khác.', en: 'This file is not plain UTF-8 text: it may be a Word file, a PDF, an image, or saved in another encoding.' },
      hint: { vi: 'Chép nội dung vào một tệp .md hoặc .yaml lưu bằng UTF-8, rồi xóa tệp này khỏi thư mục dữ liệu.', en: 'Copy the content into a .md or .yaml file saved as UTF-8, then remove this file from the data folders.' },
    });
    return;
  }
  if (classifyFile(file.path) !== 'ignored' && classifyFile(file.path) !== 'unknown') project.diagnostics.push(...invisibleCharacters(file.path, text));
  switch (classifyFile(file.path)) {
    case 'site':
      loadSiteFile(file.path, text, project);
      break;
    case 'reference':
      loadReferenceFile(file.path, text, project);
      break;
    case 'figures':
      loadFiguresFile(file.path, text, project);
      break;
    case 'document':
      loadDocumentFile(file.path, text, project);
      break;
    case 'page':
      if (file.path.startsWith('content/pages/') && !PROSE_PAGE_FILES.includes(file.path)) project.diagnostics.push(unknownPageDiagnostic(file.path));
      else project.pages.push({ path: file.path, text });
      break;
    case 'ignored':
      break;
    case 'unknown':
      project.diagnostics.push({
        severity: 'warning',
        code: 'file-unknown-kind',
        file: file.path,
        line: 1,
        column: 1,
        message: { vi: 'Tệp này không được đọc: không phải YAML (.yaml) hay Markdown (.md) ở đúng thư mục.', en: 'This file is not read: it is not YAML (.yaml) or Markdown (.md) in a data folder.' },
        hint: { vi: 'Tài liệu đặt trong plans/ dạng .md, số liệu dạng .yaml; dữ liệu tham chiếu trong content/ dạng .yaml.', en: 'Documents go in plans/ as .md, figures as .yaml; reference data in content/ as .yaml.' },
      });
  }
}

/**
 * Positions are computed on first use: most records never need theirs (see parseYaml.ts). The
 * parsed file stays private, so a record copied to another thread carries only file and path.
 */
class RecordOrigin implements Origin {
  readonly file: string;
  readonly path: readonly PathSegment[];
  readonly #yaml: Pick<PositionedYaml, 'locate'>;
  #position: SourcePosition | undefined;

  constructor(file: string, yaml: Pick<PositionedYaml, 'locate'>, path: readonly PathSegment[]) {
    this.file = file;
    this.path = path;
    this.#yaml = yaml;
  }

  get line(): number {
    return this.#here().line;
  }

  get column(): number {
    return this.#here().column;
  }

  locate(subPath: readonly PathSegment[]): SourcePosition {
    return this.#yaml.locate([...this.path, ...subPath]);
  }

  #here(): SourcePosition {
    return (this.#position ??= this.#yaml.locate(this.path));
  }
}

function originOf(file: string, yaml: Pick<PositionedYaml, 'locate'>, path: readonly PathSegment[]): Origin {
  return new RecordOrigin(file, yaml, path);
}

/** The lists whose records carry an origin. Documents and pages are Markdown, read in the main thread. */
const RECORD_LISTS = ['territories', 'groups', 'indicators', 'agencies', 'targets', 'tasks', 'observations', 'planDeclarations'] as const;
type RecordList = (typeof RECORD_LISTS)[number];

/** Where each record of a list sits in its file: `[list, index]` for nearly all, kept as the indices. */
type PackedPaths = { list: string; indices: Int32Array } | { paths: (readonly PathSegment[])[] };

/** A record whose origin is left behind, to be rebuilt from its list's paths where it is adopted. */
type Unplaced<T> = Omit<T, 'origin'> & { origin: null };

/**
 * One file's loaded records as they cross to another thread or to disk (src/node/loadCache.ts):
 * without their origins, which are rebuilt where they are adopted (adoptLoadedFile) from each
 * record's path. An origin is two objects and two strings beside a record's own six or so
 * fields; leaving them out makes the national dataset's 600.000 figures a third fewer bytes to
 * write, copy and read back. The records themselves cross as columns (recordColumns.ts), which
 * the receiving thread makes into records again several times faster than v8's deserializer.
 */
export interface PackedLoadedFile {
  project: Omit<LoadedProject, RecordList> & { [List in RecordList]: Unplaced<LoadedProject[List][number]>[] };
  /** For each list, where its records sit in the file, in the list's order. */
  paths: Record<RecordList, PackedPaths>;
  /**
   * The lists packed as columns, their records left out of `project` until unpackColumns puts
   * them back; a list holding anything packRecords does not take stays in `project` as it is.
   */
  columns: Partial<Record<RecordList, PackedRecords>>;
}

/** One file loaded (loadProject) and packed to cross threads or go to disk. */
export function loadFilePacked(file: SourceFile): PackedLoadedFile {
  const loaded = loadProject([file]);
  const paths = {} as Record<RecordList, PackedPaths>;
  const columns: PackedLoadedFile['columns'] = {};
  for (const list of RECORD_LISTS) {
    const records: { origin: Origin | null }[] = loaded[list];
    paths[list] = packPaths(records.map((record) => record.origin!.path));
    // In place, since the project is this function's own: copying 600.000 records without the
    // field cost more than all the rest of packing.
    for (const record of records) record.origin = null;
    const packed = records.length > 0 ? packRecords(records) : null;
    if (packed) {
      columns[list] = packed;
      (loaded[list] as unknown[]) = [];
    }
  }
  return { project: loaded as unknown as PackedLoadedFile['project'], paths, columns };
}

/**
 * Puts the records of `packed`'s columns back into its lists, in place (a file read back from
 * the cache or another thread, before adoptLoadedFile takes it). False when a list cannot be
 * made whole again (an entry damaged past its checksum): the file is then loaded again.
 */
export function unpackColumns(packed: PackedLoadedFile): boolean {
  for (const list of RECORD_LISTS) {
    const columns = packed.columns[list];
    if (!columns) continue;
    let records: unknown[];
    try {
      records = unpackRecords(columns);
    } catch {
      return false;
    }
    if (!records.every((record) => typeof record === 'object' && record !== null)) return false;
    (packed.project[list] as unknown[]) = records;
    delete packed.columns[list];
  }
  return true;
}

function packPaths(paths: (readonly PathSegment[])[]): PackedPaths {
  const list = paths[0]?.[0];
  if (typeof list === 'string' && paths.every((path) => path.length === 2 && path[0] === list && typeof path[1] === 'number')) {
    return { list, indices: Int32Array.from(paths, (path) => path[1] as number) };
  }
  return { paths };
}

/** Whether a value read back from disk or another thread has the shape loadFilePacked gives. */
export function isPackedLoadedFile(value: unknown): value is PackedLoadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { project, paths } = value as Partial<Record<keyof PackedLoadedFile, Record<string, unknown>>>;
  const columns = (value as Partial<Record<keyof PackedLoadedFile, Record<string, unknown>>>).columns;
  if (typeof project !== 'object' || typeof paths !== 'object' || typeof columns !== 'object' || columns === null) return false;
  const lists = ['territories', 'groups', 'indicators', 'agencies', 'documents', 'targets', 'tasks', 'observations', 'planDeclarations', 'pages', 'diagnostics'];
  if (!lists.every((list) => Array.isArray(project[list])) || !(project['invalidIds'] instanceof Set) || !(project['invalidIdCauses'] instanceof Map)) return false;
  return RECORD_LISTS.every((list) => {
    const packed = paths[list] as Partial<{ list: unknown; indices: unknown; paths: unknown }> | undefined;
    const inColumns = columns[list] as PackedRecords | undefined;
    if (inColumns !== undefined && (!isPackedRecords(inColumns) || (project[list] as unknown[]).length > 0)) return false;
    const count = inColumns ? packedRecordCount(inColumns) : (project[list] as unknown[]).length;
    if (!packed) return false;
    if (packed.indices instanceof Int32Array) return typeof packed.list === 'string' && packed.indices.length === count;
    return Array.isArray(packed.paths) && packed.paths.length === count;
  });
}

/**
 * Takes in a file loaded in another thread. Each record gets its origin here, over this file's
 * text parsed with positions only if a diagnostic ever asks where the record is.
 */
function adoptLoadedFile(file: SourceFile, packed: PackedLoadedFile, project: LoadedProject): void {
  let positions: PositionedYaml | undefined;
  const yaml = { locate: (path: readonly PathSegment[]) => (positions ??= parseYamlWithPositions(normalizeText(file.text), file.path)).locate(path) };
  const loaded = packed.project;
  for (const list of RECORD_LISTS) {
    const records = loaded[list] as { origin: Origin | null }[];
    const paths = packed.paths[list];
    const sink = project[list] as { origin: Origin | null }[];
    records.forEach((record, index) => {
      record.origin = originOf(file.path, yaml, 'indices' in paths ? [paths.list, paths.indices[index]!] : paths.paths[index]!);
      sink.push(record);
    });
  }
  for (const id of loaded.invalidIds) project.invalidIds.add(id);
  for (const [id, cause] of loaded.invalidIdCauses) if (!project.invalidIdCauses.has(id)) project.invalidIdCauses.set(id, cause);
  project.diagnostics.push(...loaded.diagnostics);
}

function parseTopLevel(file: string, text: string, project: LoadedProject, lineOffset = 0): PositionedYaml | null {
  const yaml = parseYaml(text, file, lineOffset);
  project.diagnostics.push(...yaml.syntaxDiagnostics, ...yaml.notationDiagnostics);
  if (yaml.syntaxDiagnostics.length > 0) {
    rememberIdsOfUnreadableFile(text, project, yaml.syntaxDiagnostics[0]);
    return null;
  }
  return yaml;
}

/** `id: nam-chay` as a block key, a list item's first key, or inside `{ }`. */
const ID_LINE = /(?:^|[{,]|-)[ \t]*id:[ \t]*["']?([A-Za-z0-9][\w.-]*)/gm;

/**
 * A file YAML cannot read defines nothing, so every reference to what it meant to define would
 * be reported as unknown: one typo would bury its own error under hundreds. The ids written in
 * its text are taken as defined by it, and references to them are not reported.
 */
function rememberIdsOfUnreadableFile(text: string, project: LoadedProject, cause: Diagnostic | undefined = project.diagnostics.at(-1)): void {
  for (const match of text.matchAll(ID_LINE)) rememberCause(match[1]!, cause, project);
}

function rememberCause(id: string, cause: Diagnostic | undefined, project: LoadedProject): void {
  project.invalidIds.add(id);
  if (cause && !project.invalidIdCauses.has(id)) project.invalidIdCauses.set(id, causeOf(cause));
}

function checkEnvelope(file: string, yaml: PositionedYaml, envelope: z.ZodType, fullSchema: z.ZodType, project: LoadedProject): Record<string, unknown> | null {
  if (yaml.value === null || yaml.value === undefined) {
    project.diagnostics.push(emptyFileDiagnostic(file));
    return null;
  }
  const value = yaml.value;
  const result = envelope.safeParse(value);
  if (!result.success) {
    project.diagnostics.push(...schemaIssuesToDiagnostics(result.error.issues, fullSchema, [], yaml, file, value));
    if (typeof value !== 'object' || Array.isArray(value) || value === null) return null;
  }
  return value as Record<string, unknown>;
}

function loadItems<T extends object>(
  file: string,
  yaml: PositionedYaml,
  listKey: string,
  items: unknown,
  schema: z.ZodType<T>,
  context: object,
  sink: Loaded<T>[],
  project: LoadedProject,
): void {
  if (!Array.isArray(items)) return;
  items.forEach((item, index) => {
    const path = [listKey, index];
    const result = schema.safeParse(item);
    if (result.success) {
      // zod's output is an object of its own, completed in place: a copy of each of a national
      // dataset's 600.000 records cost a tenth of loading them.
      const record = (result.data === item ? { ...result.data } : result.data) as Loaded<T>;
      Object.assign(record, context);
      record.origin = originOf(file, yaml, path);
      sink.push(record);
    }
    else {
      const issues = schemaIssuesToDiagnostics(result.error.issues, schema, path, yaml, file, item);
      project.diagnostics.push(...issues);
      rememberInvalidId(item, project, issues[0]);
    }
  });
}

function loadReferenceFile(file: string, text: string, project: LoadedProject): void {
  const yaml = parseTopLevel(file, text, project);
  if (!yaml) return;
  if (inWrongFolder(file, yaml, ['observations', 'targets', 'tasks', 'plan'], project)) return;
  const value = checkEnvelope(file, yaml, referenceFileEnvelopeSchema, referenceFileSchema, project);
  if (!value) return;
  loadItems(file, yaml, 'territories', value.territories, referenceListSchemas.territories, {}, project.territories, project);
  loadItems(file, yaml, 'groups', value.groups, referenceListSchemas.groups, {}, project.groups, project);
  loadItems(file, yaml, 'indicators', value.indicators, referenceListSchemas.indicators, {}, project.indicators, project);
  loadItems(file, yaml, 'agencies', value.agencies, referenceListSchemas.agencies, {}, project.agencies, project);
}

function loadSiteFile(file: string, text: string, project: LoadedProject): void {
  const yaml = parseTopLevel(file, text, project);
  if (!yaml) return;
  if (yaml.value === null || yaml.value === undefined) {
    project.diagnostics.push(emptyFileDiagnostic(file));
    return;
  }
  const result = siteSettingsSchema.safeParse(yaml.value);
  if (!result.success) {
    project.diagnostics.push(...schemaIssuesToDiagnostics(result.error.issues, siteSettingsSchema, [], yaml, file, yaml.value));
    return;
  }
  project.site = { ...result.data, origin: originOf(file, yaml, []) };
}

function loadFiguresFile(file: string, text: string, project: LoadedProject): void {
  const yaml = parseTopLevel(file, text, project);
  if (!yaml) return;
  if (inWrongFolder(file, yaml, ['territories', 'groups', 'indicators', 'agencies'], project)) return;
  const value = checkEnvelope(file, yaml, figuresFileEnvelopeSchema, figuresFileSchema, project);
  if (!value) return;
  const filePlan = typeof value.plan === 'string' ? value.plan : undefined;
  if (filePlan) project.planDeclarations.push({ plan: filePlan, origin: originOf(file, yaml, ['plan']) });
  const context: FigureContext = filePlan ? { filePlan } : {};
  loadItems(file, yaml, 'targets', value.targets, figureListSchemas.targets, context, project.targets, project);
  loadItems(file, yaml, 'tasks', value.tasks, figureListSchemas.tasks, context, project.tasks, project);
  loadItems(file, yaml, 'observations', value.observations, figureListSchemas.observations, context, project.observations, project);
}

function loadDocumentFile(file: string, text: string, project: LoadedProject): void {
  const split = splitFrontMatter(text);
  if (!split) {
    project.diagnostics.push(text.startsWith('---\n') ? unclosedFrontMatter(file, text) : {
      severity: 'error',
      code: 'front-matter-missing',
      file,
      line: 1,
      column: 1,
      message: { vi: 'Tài liệu thiếu phần thông tin đầu tệp (front matter) giữa hai dòng "---".', en: 'The document has no front matter between two "---" lines.' },
      hint: { vi: 'Bắt đầu tệp bằng dòng "---", các dòng id/type/issuer/status/title, rồi một dòng "---".', en: 'Start the file with a "---" line, then id/type/issuer/status/title lines, then a "---" line.' },
    });
    // The figures citing this document would each report its id as unknown, and suggest citing
    // another document: the one fix is here, so its id counts as defined (the build stops anyway).
    rememberIdsOfUnreadableFile(text, project);
    return;
  }
  const yaml = parseTopLevel(file, split.frontMatter, project, split.frontMatterFirstLine - 1);
  if (!yaml) return;
  const raw = yaml.value ?? {};
  const result = documentFrontMatterSchema.safeParse(raw);
  if (!result.success) {
    const issues = schemaIssuesToDiagnostics(result.error.issues, documentFrontMatterSchema, [], yaml, file, raw);
    project.diagnostics.push(...issues);
    rememberInvalidId(raw, project, issues[0]);
    return;
  }
  project.documents.push({ ...result.data, origin: originOf(file, yaml, []), body: split.body, bodyFirstLine: split.bodyFirstLine });
}

/**
 * A figures file saved in content/ (or reference data in plans/) would otherwise get a
 * "no field called observations" error for every list, which says to rename a field that is
 * right: the file is what is misplaced. Its ids count as defined, so its references do not
 * cascade.
 */
function inWrongFolder(file: string, yaml: PositionedYaml, otherKindKeys: readonly string[], project: LoadedProject): boolean {
  const value = yaml.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const key = otherKindKeys.find((name) => name in value);
  if (!key) return false;
  const name = file.split('/').at(-1)!;
  const figures = file.startsWith('content/');
  const target = figures ? `plans/${name}` : `content/${key === 'groups' ? 'territories' : key}/${name}`;
  project.diagnostics.push({
    severity: 'error',
    code: 'file-wrong-folder',
    file,
    ...yaml.locateKey([], key),
    message: figures
      ? { vi: `Tệp này chứa số liệu ("${key}:"), mà số liệu chỉ được đọc trong thư mục plans/, không phải content/.`, en: `This file holds figures ("${key}:"), which are read only from plans/, not content/.` }
      : { vi: `Tệp này chứa dữ liệu tham chiếu ("${key}:"), mà dữ liệu tham chiếu chỉ được đọc trong thư mục content/, không phải plans/.`, en: `This file holds reference data ("${key}:"), which is read only from content/, not plans/.` },
    hint: figures
      ? { vi: `Chuyển tệp sang plans/, đặt cạnh tài liệu mà số liệu dẫn nguồn, ví dụ ${target} (git mv ${file} ${target}).`, en: `Move the file to plans/, beside the document its figures cite, e.g. ${target} (git mv ${file} ${target}).` }
      : { vi: `Chuyển tệp sang ${target} (git mv ${file} ${target}).`, en: `Move the file to ${target} (git mv ${file} ${target}).` },
  });
  rememberIdsOfUnreadableFile(JSON.stringify(value).replace(/"id":"/g, '\nid: '), project);
  return true;
}

/**
 * The opening "---" is there but the closing one is not: the usual slip is deleting it while
 * editing, so the body runs into the front matter. Reported where the body begins (the first
 * line that is not a "name: value" line or its continuation), which is where the line belongs.
 */
function unclosedFrontMatter(file: string, text: string): Diagnostic {
  const lines = text.split('\n');
  let bodyLine = lines.length;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '' || /^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s+\S|- |#)/.test(line)) continue;
    bodyLine = index + 1;
    break;
  }
  if (bodyLine === lines.length) bodyLine = Math.max(2, lines.findIndex((line, index) => index > 0 && line.trim() === '') + 1 || lines.length);
  return {
    severity: 'error',
    code: 'front-matter-unclosed',
    file,
    line: bodyLine,
    column: 1,
    message: {
      vi: `Phần thông tin đầu tệp mở bằng dòng "---" ở dòng 1 nhưng không có dòng "---" đóng lại, nên cả tài liệu không đọc được.`,
      en: `The front matter opens with "---" on line 1 but its closing "---" line is missing, so the whole document cannot be read.`,
    },
    hint: {
      vi: `Thêm một dòng chỉ có "---" ngay trước dòng ${bodyLine}, nơi nội dung bắt đầu (sau dòng thông tin cuối cùng).`,
      en: `Add a line with only "---" just before line ${bodyLine}, where the text begins (after the last details line).`,
    },
  };
}

function rememberInvalidId(item: unknown, project: LoadedProject, cause: Diagnostic | undefined): void {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id === 'string') rememberCause(id, cause, project);
}

/**
 * A data file with nothing in it is almost always an accident (a file saved blank in the web
 * editor); publishing it would silently remove every figure it held.
 */
function emptyFileDiagnostic(file: string): Diagnostic {
  return {
    severity: 'error',
    code: 'file-empty',
    file,
    line: 1,
    column: 1,
    message: { vi: 'Tệp dữ liệu này trống: không có số liệu hay bản ghi nào.', en: 'This data file is empty: it holds no figures or records.' },
    hint: {
      vi: 'Nếu tệp bị xóa trắng do nhầm, khôi phục nội dung cũ (trên GitHub: History của tệp). Nếu không cần tệp nữa, hãy xóa hẳn tệp.',
      en: "If the file was blanked by mistake, restore its content (on GitHub: the file's History). If it is no longer needed, delete the file itself.",
    },
  };
}

/**
 * A page in content/pages/ that no link leads to: a misspelt name would silently leave the
 * template in its place, and the staff member would wonder where their text went.
 */
function unknownPageDiagnostic(file: string): Diagnostic {
  const name = file.slice('content/pages/'.length);
  const nearest = closestMatch(name, PROSE_PAGE_FILES.map((path) => path.slice('content/pages/'.length)));
  const names = PROSE_PAGE_FILES.map((path) => path.slice('content/pages/'.length)).join(', ');
  return {
    severity: 'warning',
    code: 'page-unknown',
    file,
    line: 1,
    column: 1,
    message: {
      vi: `Trang "${name}" không được hiện: trang văn bản chỉ gồm ${names}.`,
      en: `The page "${name}" is not shown: the prose pages are ${names}.`,
    },
    hint: nearest
      ? { vi: `Đổi tên tệp thành content/pages/${nearest}.`, en: `Rename the file to content/pages/${nearest}.` }
      : { vi: 'Đổi tên tệp thành một trong các tên trên, hoặc xóa tệp.', en: 'Rename the file to one of these names, or delete it.' },
  };
}

/** Why a listed file could not be read, and what to do, in words a staff member can act on. */
function explainReadError(reason: ReadError): Pick<TextDiagnostic, 'message' | 'hint'> {
  switch (reason) {
    case 'broken-link':
      return {
        message: { vi: 'Đây là một lối tắt (liên kết) trỏ tới tệp không còn tồn tại, nên số liệu trong đó không được đọc.', en: 'This is a shortcut (link) to a file that no longer exists, so its data is not read.' },
        hint: { vi: 'Chép chính tệp đó vào đây thay cho lối tắt, hoặc xóa lối tắt.', en: 'Copy the file itself here instead of the link, or delete the link.' },
      };
    case 'linked-folder':
      return {
        message: { vi: 'Đây là một lối tắt (liên kết) tới một thư mục; thư mục liên kết không được đọc.', en: 'This is a shortcut (link) to a folder; linked folders are not read.' },
        hint: { vi: 'Chép các tệp vào thư mục dữ liệu thay cho lối tắt.', en: 'Copy the files into the data folder instead of linking to them.' },
      };
    case 'not-a-file':
      return {
        message: { vi: 'Mục này không phải một tệp thường (có thể là thiết bị hoặc ống dẫn), nên không được đọc.', en: 'This entry is not an ordinary file (perhaps a device or a pipe), so it is not read.' },
        hint: { vi: 'Xóa mục này khỏi thư mục dữ liệu.', en: 'Remove it from the data folders.' },
      };
    case 'no-permission':
      return {
        message: { vi: 'Không có quyền đọc tệp này.', en: 'There is no permission to read this file.' },
        hint: { vi: 'Cho phép đọc tệp (ví dụ chmod a+r), rồi chạy lại.', en: 'Make the file readable (e.g. chmod a+r), then run again.' },
      };
    case 'io-error':
      return {
        message: { vi: 'Không đọc được tệp này do lỗi của ổ đĩa hoặc hệ thống tệp.', en: 'This file could not be read because of a disk or file-system error.' },
        hint: { vi: 'Kiểm tra ổ đĩa, rồi chạy lại; nếu vẫn lỗi, chép lại tệp từ bản sao.', en: 'Check the disk and run again; if it persists, restore the file from a copy.' },
      };
  }
}

/**
 * Characters that show as nothing: zero-width spaces, soft hyphens, a byte-order mark inside the
 * text, and the bidirectional controls that reorder how text is displayed ("Trojan Source",
 * CVE-2021-42574). Copied out of Word or a PDF, they make "Tả Thàng" differ from "Tả Thàng", so
 * names stop matching and quotes stop being found; a bidi control can make a quote read
 * differently from what it says. One report per line, where the first one is.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function invisibleCharacters(file: string, text: string): Diagnostic[] {
  if (!INVISIBLE.test(text)) return [];
  return text.split('\n').flatMap((line, index) => {
    const at = line.search(INVISIBLE);
    if (at === -1) return [];
    const codePoint = `U+${line.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return [
      {
        severity: 'error' as const,
        code: 'invisible-character' as const,
        file,
        line: index + 1,
        column: at + 1,
        message: {
          vi: `Có một ký tự vô hình (${codePoint}) ở đây: không nhìn thấy được, nhưng làm tên hoặc câu trích dẫn khác đi, nên tìm kiếm và đối chiếu không khớp.`,
          en: `There is an invisible character (${codePoint}) here: it cannot be seen, but it makes a name or quote different, so search and matching fail.`,
        },
        hint: {
          vi: 'Xóa ký tự này (thường do chép từ Word hoặc PDF): đặt con trỏ ở vị trí được chỉ ra rồi xóa, hoặc gõ lại từ đó.',
          en: 'Delete it (it usually comes from copying out of Word or a PDF): put the cursor at the position shown and delete it, or retype the word.',
        },
      },
    ];
  });
}
