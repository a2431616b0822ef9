import { formatNumber, type Locale } from '../../core/format/formatNumber.ts';

/** "850 B", "12,3 KB", "4,1 MB": 1 KB = 1 024 bytes, one decimal, in the reader's convention. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}
