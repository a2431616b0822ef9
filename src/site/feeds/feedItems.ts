import type { FeedItem } from '../../core/export/feeds.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import type { Observation } from '../../core/model/types.ts';
import { fileAddedDates } from '../../node/fileAddedDates.ts';
import { getDataVersion } from '../dataVersion.ts';
import { documentLabel } from '../format/documentLabel.ts';
import { textIn } from '../../present/localizedText.ts';
import { ui } from '../../present/phrases.ts';
import { dataRoot, loadSiteModel } from '../loadSiteModel.ts';
import { documentPath } from '../routes.ts';
import { absoluteUrl } from '../siteUrl.ts';

/** Items in a feed: readers' feed tools keep what they have seen, so the newest are enough. */
const FEED_ITEMS = 50;

let addedDates: Map<string, string> | undefined;

/**
 * The updates a reader follows: each new document, and each new file of results (dated by the
 * commit that added the file to the data, never by the clock, so two builds of one commit
 * write the same feed). A file not yet committed takes the current commit's date.
 */
export async function feedItems(locale: Locale): Promise<FeedItem[]> {
  const { model } = await loadSiteModel();
  const t = ui(locale);
  addedDates ??= fileAddedDates(dataRoot());
  const fallback = getDataVersion().date;
  const published = (file: string, otherwise?: string) => addedDates!.get(file) ?? otherwise ?? fallback;
  const items: FeedItem[] = [];

  for (const document of model.documents) {
    const date = published(document.origin.file, document.issued);
    if (!date) continue;
    items.push({
      title: `${t.feedNewDocument}: ${documentLabel(document, locale)}`,
      link: absoluteUrl(documentPath(document.id, locale)),
      description: document.summary ? textIn(document.summary, locale) : textIn(document.title, locale),
      date,
      guid: `document:${document.id}`,
    });
  }

  const resultsByFile = new Map<string, Observation[]>();
  for (const observation of model.observations) {
    const list = resultsByFile.get(observation.origin.file);
    if (list) list.push(observation);
    else resultsByFile.set(observation.origin.file, [observation]);
  }
  for (const [file, observations] of resultsByFile) {
    const date = published(file);
    const source = model.index.document.get(observations[0]!.source.document);
    if (!date || !source) continue;
    items.push({
      title: t.feedNewResults(observations.length, documentLabel(source, locale)),
      link: absoluteUrl(documentPath(source.id, locale)),
      description: textIn(source.title, locale),
      date,
      guid: `results:${file}`,
    });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid)).slice(0, FEED_ITEMS);
}
