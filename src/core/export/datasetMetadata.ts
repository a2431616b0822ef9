/**
 * schema.org JSON-LD for a `<script type="application/ld+json">`. "<" is escaped so that no
 * text in the data ("</script>", "<!--") can close the element or start markup: JSON parsers
 * read \u003c as "<" again, so the metadata itself is unchanged.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface DatasetMetadataInput {
  name: string;
  description: string;
  url: string;
  version: string;
  dateModified: string | null;
  inLanguage: string;
  keywords: string[];
  temporalCoverage?: string;
  spatialCoverage: string[];
  variableMeasured: string;
  distributions: { url: string; format: 'text/csv' | 'application/json' }[];
  catalogUrl: string;
}

/** A schema.org Dataset (https://schema.org/Dataset), as search engines' dataset indexes read it. */
export function datasetMetadata(input: DatasetMetadataInput): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    version: input.version,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    inLanguage: input.inLanguage,
    isAccessibleForFree: true,
    keywords: input.keywords,
    ...(input.temporalCoverage ? { temporalCoverage: input.temporalCoverage } : {}),
    spatialCoverage: input.spatialCoverage.map((name) => ({ '@type': 'Place', name })),
    variableMeasured: input.variableMeasured,
    includedInDataCatalog: { '@type': 'DataCatalog', name: 'minhbach', url: input.catalogUrl },
    distribution: input.distributions.map((d) => ({ '@type': 'DataDownload', encodingFormat: d.format, contentUrl: d.url })),
  };
}
