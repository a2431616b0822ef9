import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import { readCatalogueFiles } from '../../src/node/catalogueFiles.ts';
import { prosePage } from '../../src/site/select/prosePage.ts';
import { SITE_FILES } from './siteFixture.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SETTINGS = `name: { vi: Minh bạch Quảng Trị, en: Quảng Trị in figures }
publisher: { vi: Sở Tài chính tỉnh Quảng Trị, en: Quảng Trị Department of Finance }
contact: { email: minhbach@quangtri.gov.vn }
`;

/** The site fixture as a data folder of its own: its settings, and pages only as given here. */
function model(pages: Record<string, string>) {
  const own = Object.entries(SITE_FILES).filter(([path]) => !path.startsWith('content/pages/'));
  const files = [...own, ['content/site.yaml', SETTINGS], ...Object.entries(pages)].map(([path, text]) => ({ path: path!, text: text! }));
  return buildModel([...files, ...readCatalogueFiles(ROOT)]).model;
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('prose pages of a data folder without its own', () => {
  test('About is about this site, by the name its settings give', () => {
    const about = prosePage(model({}), 'about', 'vi');
    expect(about).toMatchObject({ title: 'Giới thiệu', untranslated: false });
    expect(text(about.html)).toContain('Minh bạch Quảng Trị là trang web');
    expect(text(prosePage(model({}), 'about', 'en').html)).toContain('Quảng Trị in figures records');
  });

  test('About counts what the data holds instead of describing the shipped data', () => {
    const about = text(prosePage(model({}), 'about', 'vi').html);
    const documents = Object.keys(SITE_FILES).filter((path) => path.startsWith('plans/') && path.endsWith('.md')).length;
    expect(about).toContain(`${documents} văn bản nguồn`);
    expect(about).toContain('về tỉnh Lào Cai, với 3 xã.');
    expect(about).not.toMatch(/Ninh Thuận|Nậm Chày cũ|10 xã có tỷ lệ hộ nghèo cao của tỉnh/);
  });

  test('a partial content/pages/ keeps its own page and fills every other one, in both languages', () => {
    const pages = model({ 'content/pages/gioi-thieu.vi.md': '# Về trang này\n\nTrang của tỉnh.\n' });
    expect(prosePage(pages, 'about', 'vi')).toMatchObject({ title: 'Về trang này', untranslated: false });
    // The folder's own Vietnamese page is shown, marked, rather than a template saying something else.
    expect(prosePage(pages, 'about', 'en')).toMatchObject({ title: 'Về trang này', untranslated: true });
    expect(prosePage(pages, 'methodology', 'en')).toMatchObject({ title: 'Methodology', untranslated: false });
    expect(prosePage(pages, 'howToCite', 'en')).toMatchObject({ title: 'How to cite', untranslated: false });
    expect(text(prosePage(pages, 'howToCite', 'vi').html)).toContain('Mỗi số liệu trên Minh bạch Quảng Trị có một liên kết cố định');
  });

  test('a name from the settings is text, not Markdown', () => {
    const files = Object.entries(SITE_FILES).filter(([path]) => !path.startsWith('content/pages/')).map(([path, text]) => ({ path, text }));
    const hostile = buildModel([...files, { path: 'content/site.yaml', text: 'name: { vi: "[bấm](javascript:alert(1))" }\npublisher: { vi: "*x*" }\n' }, ...readCatalogueFiles(ROOT)]).model;
    const html = prosePage(hostile, 'about', 'vi').html;
    expect(html).not.toContain('href');
    expect(html).toContain('[bấm](javascript:alert(1))');
  });
});
