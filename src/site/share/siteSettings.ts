import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataRoot } from '../loadSiteModel.ts';

/** Where readers report a wrong figure: a GitHub repository's new-issue form, or an e-mail address. */
export type ReportErrorsTo = { github: string } | { email: string };

/** The settings sharing and reporting read, named as in the data folder's `content/site.yaml`. */
export interface ShareSettings {
  publisher?: { vi: string; en?: string | undefined } | undefined;
  contact: { email?: string | undefined; url?: string | undefined };
  report_errors?: ReportErrorsTo | undefined;
}

let cached: ShareSettings | undefined;

/**
 * The publisher, contact and error-report address of the site, read once per build. The one
 * place these fields are read, so that moving to the site settings schema is a change here only.
 * Without `report_errors`, a build on GitHub Actions reports to the repository it was built from
 * (GITHUB_REPOSITORY), which is where the data is edited.
 */
export function shareSettings(): ShareSettings {
  cached ??= readShareSettings(dataRoot(), process.env);
  return cached;
}

export function readShareSettings(root: string, env: Record<string, string | undefined>): ShareSettings {
  const file = join(root, 'content', 'site.yaml');
  const raw = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {} : {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  const publisher = record(raw['publisher']);
  const contact = record(raw['contact']);
  const report = record(raw['report_errors']);
  const github = text(report['github']) ?? (raw['report_errors'] === undefined ? text(env['GITHUB_REPOSITORY']) : undefined);
  const email = text(report['email']);
  return {
    publisher: text(publisher['vi']) ? { vi: text(publisher['vi'])!, en: text(publisher['en']) } : undefined,
    contact: { email: text(contact['email']), url: text(contact['url']) },
    report_errors: github ? { github } : email ? { email } : undefined,
  };
}
