import { describe, expect, it } from 'vitest';
import { headlineIndicators, reportErrorsTarget, siteName, sitePublisher } from '../../../src/core/model/siteSettings.ts';
import { build, locations } from '../projectFixture.ts';

const SETTINGS = `name: { vi: Minh bạch Quảng Trị, en: Quảng Trị in figures }
publisher: { vi: Sở Tài chính tỉnh Quảng Trị, en: Quảng Trị Department of Finance }
contact: { email: minhbach@quangtri.gov.vn }
languages: [vi, en]
report_errors: { github: so-tc-quang-tri/minhbach-data }
headline_indicators: [so-du-an, ty-le-ho-ngheo]
`;

describe('site settings in content/site.yaml', () => {
  it('are read into the model for every view, headline indicators in the order written', () => {
    const { model, diagnostics } = build({ 'content/site.yaml': SETTINGS });
    expect(locations(diagnostics)).toEqual([]);
    expect(siteName(model)).toEqual({ vi: 'Minh bạch Quảng Trị', en: 'Quảng Trị in figures' });
    expect(sitePublisher(model)?.vi).toBe('Sở Tài chính tỉnh Quảng Trị');
    expect(reportErrorsTarget(model)).toEqual({ github: 'so-tc-quang-tri/minhbach-data' });
    expect(headlineIndicators(model).map((indicator) => indicator.id)).toEqual(['so-du-an', 'ty-le-ho-ngheo']);
  });

  it('are optional: a folder without them gets the engine name and no invented publisher', () => {
    const { model } = build();
    expect(model.site).toBeNull();
    expect(siteName(model).vi).toBe('minhbach');
    expect(sitePublisher(model)).toBeUndefined();
  });

  it('report a GitHub repository written without its owner at its line and column', () => {
    const { diagnostics } = build({ 'content/site.yaml': SETTINGS.replace('so-tc-quang-tri/minhbach-data', 'minhbach-data') });
    expect(locations(diagnostics)).toEqual(['content/site.yaml:5:26 schema-value']);
  });

  it('report a headline indicator that does not exist, with the nearest id', () => {
    const { diagnostics } = build({ 'content/site.yaml': SETTINGS.replace('[so-du-an, ty-le-ho-ngheo]', '[so-du-an, ty-le-ho-ngeo]') });
    expect(locations(diagnostics)).toEqual(['content/site.yaml:6:33 dangling-reference']);
    expect(diagnostics.find((d) => d.code === 'dangling-reference')!.hint.en).toBe('Did you mean "ty-le-ho-ngheo"?');
  });
});
