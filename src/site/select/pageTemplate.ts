import { formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import { siteName } from '../../core/model/siteSettings.ts';
import type { Model } from '../../core/model/types.ts';

/**
 * Fills a prose page template shipped with the engine (src/catalogue/pages/) from the site's
 * settings and its data, so that a province without pages of its own gets an About page about
 * itself, never another province's text. (Who publishes the site and how to reach them is added
 * to every About page by its component, from the same settings.) Values from the data are escaped: they are text, not
 * Markdown.
 */
export function fillPageTemplate(template: string, model: Model, locale: Locale): string {
  const values: Record<string, string> = {
    'site.name': escapeMarkdown(localized(siteName(model), locale)),
    'data.summary': dataSummary(model, locale),
  };
  return template.replace(/\{\{([a-z.]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

const localized = (text: { vi: string; en?: string | undefined }, locale: Locale) => (locale === 'en' ? (text.en ?? text.vi) : text.vi);

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|!~]/g, (character) => `\\${character}`);
}

/** What the data holds, counted from the model: documents, figures, indicators, and the provinces. */
function dataSummary(model: Model, locale: Locale): string {
  const vi = locale === 'vi';
  const n = (value: number) => formatNumber(value, locale);
  const figures = model.observations.length + model.targets.length;
  const indicators = new Set([...model.observations, ...model.targets].map((figure) => figure.indicator)).size;
  const provinces = model.territories.filter((territory) => territory.level === 'province' && !territory.valid_to).map((territory) => escapeMarkdown(territory.name));
  const communes = model.territories.filter((territory) => territory.level === 'commune').length;
  if (figures === 0 && model.documents.length === 0) return vi ? 'Chưa có văn bản hay số liệu nào.' : 'There are no documents or figures yet.';
  const lines = vi
    ? [`- ${n(model.documents.length)} văn bản nguồn;`, `- ${n(figures)} số liệu (kết quả và chỉ tiêu) của ${n(indicators)} chỉ số;`]
    : [`- ${n(model.documents.length)} source documents;`, `- ${n(figures)} figures (results and targets) of ${n(indicators)} indicators;`];
  if (provinces.length > 0) lines.push(vi ? `- về ${provinces.map((name) => `tỉnh ${name}`).join(', ')}, với ${n(communes)} xã.` : `- about ${provinces.join(', ')} province${provinces.length > 1 ? 's' : ''}, with ${n(communes)} communes.`);
  return lines.join('\n');
}
