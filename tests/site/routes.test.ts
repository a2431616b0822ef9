import { describe, expect, test } from 'vitest';
import { LOCALES, localeOfPath, otherLocale, pagePath, PROSE_PAGES, SECTIONS, SERVICE_PAGES, type PageKey } from '../../src/site/routes.ts';

describe('routes', () => {
  test('Vietnamese pages live at the root and English pages under /en/, with the issue’s route names', () => {
    expect(pagePath({ kind: 'home' }, 'vi')).toBe('/');
    expect(pagePath({ kind: 'home' }, 'en')).toBe('/en/');
    expect(pagePath({ kind: 'entity', section: 'territories', id: 'nam-chay' }, 'vi')).toBe('/dia-ban/nam-chay/');
    expect(pagePath({ kind: 'entity', section: 'territories', id: 'nam-chay' }, 'en')).toBe('/en/territories/nam-chay/');
    expect(pagePath({ kind: 'entity', section: 'plans', id: 'kh-239' }, 'vi')).toBe('/ke-hoach/kh-239/');
    expect(pagePath({ kind: 'entity', section: 'indicators', id: 'ty-le-ho-ngheo' }, 'en')).toBe('/en/indicators/ty-le-ho-ngheo/');
    expect(pagePath({ kind: 'entity', section: 'documents', id: 'nq-20' }, 'vi')).toBe('/van-ban/nq-20/');
    expect(pagePath({ kind: 'entity', section: 'years', id: '2023' }, 'en')).toBe('/en/years/2023/');
    expect(pagePath({ kind: 'index', section: 'territories' }, 'vi')).toBe('/dia-ban/');
    expect(pagePath({ kind: 'prose', page: 'methodology' }, 'vi')).toBe('/phuong-phap/');
    expect(pagePath({ kind: 'prose', page: 'about' }, 'en')).toBe('/en/about/');
    expect(pagePath({ kind: 'prose', page: 'howToCite' }, 'vi')).toBe('/trich-dan/');
    expect(pagePath({ kind: 'service', page: 'data' }, 'vi')).toBe('/du-lieu/');
    expect(pagePath({ kind: 'service', page: 'versions' }, 'en')).toBe('/en/versions/');
    expect(pagePath({ kind: 'service', page: 'search' }, 'vi')).toBe('/tim-kiem/');
  });

  test('every page key has a counterpart URL in the other language, and all URLs are ASCII slugs', () => {
    const keys: PageKey[] = [
      { kind: 'home' },
      ...Object.keys(SECTIONS).map((section) => ({ kind: 'index', section }) as PageKey),
      ...Object.keys(SECTIONS).map((section) => ({ kind: 'entity', section, id: 'x-1' }) as PageKey),
      ...Object.keys(PROSE_PAGES).map((page) => ({ kind: 'prose', page }) as PageKey),
      ...Object.keys(SERVICE_PAGES).map((page) => ({ kind: 'service', page }) as PageKey),
    ];
    for (const key of keys) {
      for (const locale of LOCALES) {
        const path = pagePath(key, locale);
        expect(path).toMatch(/^\/[a-z0-9/-]*$/);
        expect(pagePath(key, otherLocale(locale))).not.toBe(path);
      }
    }
  });

  test('one province’s share of an indicator has its own address in each language', () => {
    expect(pagePath({ kind: 'indicatorRegion', id: 'ty-le-ho-ngheo', region: 'lao-cai' }, 'vi')).toBe('/chi-so/ty-le-ho-ngheo/lao-cai/');
    expect(pagePath({ kind: 'indicatorRegion', id: 'ty-le-ho-ngheo', region: 'lao-cai' }, 'en')).toBe('/en/indicators/ty-le-ho-ngheo/lao-cai/');
  });
});

describe('the language of a page, from its path', () => {
  test('pages under /en/ are English, every other page Vietnamese', () => {
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/en/territories/nam-chay/')).toBe('en');
    expect(localeOfPath('/')).toBe('vi');
    expect(localeOfPath('/dia-ban/nam-chay/')).toBe('vi');
    // A Vietnamese slug that merely starts with the letters "en" is not the English side.
    expect(localeOfPath('/entity/')).toBe('vi');
  });

  test('every page path built for a language reads back as that language', () => {
    const pages: PageKey[] = [{ kind: 'home' }, { kind: 'index', section: 'plans' }, { kind: 'entity', section: 'territories', id: 'nam-chay' }, { kind: 'service', page: 'data' }];
    for (const locale of LOCALES) for (const page of pages) expect(localeOfPath(pagePath(page, locale))).toBe(locale);
  });
});
