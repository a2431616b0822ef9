import type { ShareSettings } from './siteSettings.ts';

/**
 * What a build can finish without but a reader would miss, said before Astro starts: RSS 2.0
 * item links must be absolute (https://www.rssboard.org/rss-specification#hrelementsOfLtitemgt),
 * and a pasted citation or link preview with a path but no host leads nowhere.
 */
export function shareWarnings(env: Record<string, string | undefined>, settings: ShareSettings): string[] {
  const warnings: string[] = [];
  if (!env['MINHBACH_SITE_URL']?.trim()) {
    warnings.push(
      'Cảnh báo: chưa đặt MINHBACH_SITE_URL, nên liên kết trong RSS, sitemap, trích dẫn và ảnh xem trước (og:image) là đường dẫn tương đối, không dùng được ngoài trang. Đặt địa chỉ công khai của trang, ví dụ MINHBACH_SITE_URL=https://example.org npm run build.\n' +
        'Warning: MINHBACH_SITE_URL is not set, so links in the RSS feeds, sitemap, citations and link previews (og:image) are relative and do not work outside the site. Set it to the public address, e.g. MINHBACH_SITE_URL=https://example.org npm run build.',
    );
  }
  if (!settings.report_errors) {
    warnings.push(
      'Cảnh báo: chưa có nơi nhận báo sai số liệu (report_errors trong content/site.yaml, hoặc GITHUB_REPOSITORY), nên các dòng số liệu không có liên kết “Báo sai số liệu”.\n' +
        'Warning: no address for error reports (report_errors in content/site.yaml, or GITHUB_REPOSITORY), so figure rows have no “Report an error” link.',
    );
  }
  return warnings;
}
