import type { DataVersion } from '../core/model/dataVersion.ts';
import { dataGeneration } from '../node/dataGeneration.ts';
import { readDataVersion } from '../node/dataVersion.ts';
import { dataRoot } from './loadSiteModel.ts';

let cached: { generation: number; version: DataVersion } | undefined;

/**
 * The data version every page and download is stamped with: the latest release tag, the commit
 * and its date, read from git once per build (never from the clock, so two builds of one commit
 * are identical). Without git history every field but the tag's absence is null.
 */
export function getDataVersion(): DataVersion {
  if (cached?.generation !== dataGeneration()) cached = { generation: dataGeneration(), version: readDataVersion(dataRoot()) };
  return cached.version;
}
