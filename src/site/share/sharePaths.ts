import type { Locale } from '../../core/format/formatNumber.ts';
import { withBase } from '../routes.ts';

/** The pages that have a card image of their own. */
export type ShareImageKind = 'territories' | 'indicators';

/**
 * Folders of the card images, one per language since each card is worded in its page's language:
 * `/anh-chia-se/dia-ban/nam-chay.png`, `/en/share-images/territories/nam-chay.png`.
 */
export const SHARE_IMAGE_FOLDERS = {
  vi: { root: 'anh-chia-se', territories: 'dia-ban', indicators: 'chi-so' },
  en: { root: 'share-images', territories: 'territories', indicators: 'indicators' },
} as const satisfies Record<Locale, Record<ShareImageKind | 'root', string>>;

/** The file under the image route: `dia-ban/nam-chay.png`. */
export function shareImageFile(kind: ShareImageKind, id: string, locale: Locale): string {
  return `${SHARE_IMAGE_FOLDERS[locale][kind]}/${id}.png`;
}

export function shareImagePath(kind: ShareImageKind, id: string, locale: Locale): string {
  return withBase(`${locale === 'vi' ? '/' : '/en/'}${SHARE_IMAGE_FOLDERS[locale].root}/${shareImageFile(kind, id, locale)}`);
}
