import { describe, expect, test } from 'vitest';
import type { Model } from '../../../src/core/model/types.ts';
import { shareWarnings } from '../../../src/site/share/buildWarnings.ts';
import { reportErrorHref } from '../../../src/site/share/reportErrorLink.ts';
import { shareSettings } from '../../../src/site/share/siteSettings.ts';

const figure = {
  id: 'ty-le-ho-ngheo--nam-chay--2023-10-31--baomoi-giam-ngheo-nam-chay-2023',
  value: '40,8%',
  what: 'Tỷ lệ hộ nghèo, Nậm Chày, 31/10/2023',
  page: 'https://example.org/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--nam-chay--2023-10-31--baomoi-giam-ngheo-nam-chay-2023',
  version: 'chưa phát hành (4fc8e52, 2026-12-02)',
};

describe('a report names the figure it is about', () => {
  test('on GitHub, the new-issue form opens with the figure id in the title and its value, page and version in the body', () => {
    const url = new URL(reportErrorHref({ github: 'so-tai-chinh/du-lieu' }, figure, 'vi'));
    expect(url.origin + url.pathname).toBe('https://github.com/so-tai-chinh/du-lieu/issues/new');
    expect(url.searchParams.get('title')).toBe(`Báo sai số liệu: ${figure.id}`);
    const body = url.searchParams.get('body')!;
    expect(body.split('\n').slice(0, 3)).toEqual([
      'Tỷ lệ hộ nghèo, Nậm Chày, 31/10/2023: 40,8%',
      `Trang: ${figure.page}`,
      'Phiên bản dữ liệu: chưa phát hành (4fc8e52, 2026-12-02)',
    ]);
  });

  test('a "#" or "&" in a value cannot cut the body short', () => {
    const url = new URL(reportErrorHref({ github: 'a/b' }, { ...figure, value: '5 & 6 #7 +8 = 50%' }, 'en'));
    expect(url.searchParams.get('body')).toContain('5 & 6 #7 +8 = 50%');
    expect(url.searchParams.get('title')).toBe(`Report an error: ${figure.id}`);
  });

  test('by e-mail, the subject names the figure and lines end in CRLF (RFC 6068)', () => {
    const href = reportErrorHref({ email: 'dulieu@laocai.gov.vn' }, figure, 'vi');
    expect(href.startsWith('mailto:dulieu@laocai.gov.vn?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe(`Báo sai số liệu: ${figure.id}`);
    expect(params.get('body')).toContain('40,8%\r\nTrang: ');
  });
});

describe('settings that say where reports go', () => {
  test('the site settings name the publisher, contact and an e-mail for reports, which a build on GitHub does not override', () => {
    const site = {
      name: { vi: 'Minh bạch Lào Cai' },
      publisher: { vi: 'Sở Tài chính Lào Cai', en: 'Lào Cai Department of Finance' },
      contact: { email: 'a@b.vn' },
      report_errors: { email: 'dulieu@laocai.gov.vn' },
    } as unknown as NonNullable<Model['site']>;
    expect(shareSettings({ site }, { GITHUB_REPOSITORY: 'x/y' })).toEqual({
      publisher: { vi: 'Sở Tài chính Lào Cai', en: 'Lào Cai Department of Finance' },
      contact: { email: 'a@b.vn' },
      report_errors: { email: 'dulieu@laocai.gov.vn' },
    });
  });

  test('without report_errors, a build on GitHub Actions reports to the repository it was built from', () => {
    expect(shareSettings({ site: null }, { GITHUB_REPOSITORY: 'so-tai-chinh/du-lieu' }).report_errors).toEqual({ github: 'so-tai-chinh/du-lieu' });
    expect(shareSettings({ site: null }, {}).report_errors).toBeUndefined();
  });

  test('the build warns when feeds would carry relative links, and when no one can receive a report', () => {
    const warnings = shareWarnings({}, { contact: {} });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('MINHBACH_SITE_URL');
    expect(warnings[1]).toContain('report_errors');
    expect(shareWarnings({ MINHBACH_SITE_URL: 'https://example.org/' }, { contact: {}, report_errors: { github: 'a/b' } })).toEqual([]);
  });
});
