import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { Model, Place } from '../../core/model/types.ts';
import { textIn } from '../../present/localizedText.ts';
import { placeName } from '../../present/names.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { downloadSize, downloadUrl, type Download } from '../downloads/downloadCatalogue.ts';
import { formatBytes } from '../format/formatBytes.ts';
import type { Release } from '../../node/gitHistory.ts';
import { indicatorPath } from '../routes.ts';

/** Past this many provinces, each one's table is folded under its name. */
const FOLD_REGIONS_PAST = 3;

/** A file to download, with what it holds and its size in the reader's convention ("12,3 KB"). */
export interface DownloadFileView {
  file: string;
  href: string;
  size: string;
}

/** One province's table: a row per indicator, each with its file. */
export interface DownloadRegionView {
  id: string;
  name: string;
  caption: string;
  rows: { name: string; href: string; downloads: Download[] }[];
}

export interface DataPageView {
  whole: (DownloadFileView & { contents: string | undefined })[];
  regions: DownloadRegionView[];
  /** At national scale (34 provinces), each table folds under its province's name. */
  folded: boolean;
  /** Newest first, each with its whole dataset's files. */
  releases: { tag: string; date: string; files: (DownloadFileView & { name: string })[] }[];
}

/** Every download with its size: the whole dataset, each province's file of each indicator, the releases. */
export function dataPageView(model: Model, downloads: readonly Download[], releases: readonly { release: Release }[], locale: Locale, t: UiStrings): DataPageView {
  const file = (download: Download): DownloadFileView => ({ file: download.file, href: downloadUrl(download), size: formatBytes(downloadSize(download), locale) });
  // One table per province, its rows the indicators: at national scale 34 tables, folded past a few.
  const byRegion = new Map<Place, DownloadRegionView['rows']>();
  for (const indicator of model.indicators) {
    for (const download of downloads.filter((d) => d.group === 'indicator' && d.id === indicator.id)) {
      const rows = byRegion.get(download.region!) ?? [];
      rows.push({ name: textIn(indicator.name, locale), href: indicatorPath(indicator.id, locale), downloads: [download] });
      byRegion.set(download.region!, rows);
    }
  }
  const regions = [...byRegion]
    .sort(([a], [b]) => placeName(a, locale).localeCompare(placeName(b, locale), locale))
    .map(([region, rows]) => ({ id: region.id, name: placeName(region, locale), caption: t.byIndicatorIn(placeName(region, locale)), rows }));
  return {
    whole: downloads.filter((d) => d.group === 'dataset').map((download) => ({ ...file(download), contents: t.fileContents[download.file] })),
    regions,
    folded: regions.length > FOLD_REGIONS_PAST,
    releases: [...releases].reverse().map(({ release }) => ({
      tag: release.tag,
      date: formatDate(release.date, locale),
      files: downloads.filter((d) => d.group === 'release' && d.id === release.tag).map((download) => ({ ...file(download), name: download.file.split('/').at(-1)! })),
    })),
  };
}
