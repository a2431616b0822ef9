import type { LocalizedText } from '../../core/schema/common.ts';
import type { ReportErrorsTarget, SiteSettingsInput } from '../../core/schema/site.ts';
import { reportErrorsTarget, siteContact, sitePublisher, type SiteSettingsHolder } from '../../core/model/siteSettings.ts';

/** Where readers report a wrong figure: a GitHub repository's new-issue form, or an e-mail address. */
export type ReportErrorsTo = ReportErrorsTarget;

/** The settings sharing and reporting read, named as in the data folder's `content/site.yaml`. */
export interface ShareSettings {
  publisher?: LocalizedText | undefined;
  contact: NonNullable<SiteSettingsInput['contact']>;
  report_errors?: ReportErrorsTo | undefined;
}

/**
 * The publisher, contact and error-report address of the site, from its settings. Without
 * `report_errors`, a build on GitHub Actions reports to the repository it was built from
 * (GITHUB_REPOSITORY), which is where the data is edited; elsewhere there is no report link.
 */
export function shareSettings(model: SiteSettingsHolder, env: Record<string, string | undefined> = process.env): ShareSettings {
  const repository = env['GITHUB_REPOSITORY']?.trim();
  return {
    publisher: sitePublisher(model),
    contact: siteContact(model) ?? {},
    report_errors: reportErrorsTarget(model) ?? (repository ? { github: repository } : undefined),
  };
}
