import type { Finding, Model } from '../../core/model/types.ts';
import { findingsAbout } from './figureIndex.ts';
import type { IndicatorFigures } from './indicatorFigures.ts';

/**
 * Which block of a page explains which finding. A finding can involve figures shown in two
 * blocks (130,1% in one, 0,8 points in another); it is explained in the first of them only, so
 * its anchor is unique and both blocks' badges link to the same explanation.
 */
export function findingsPerBlock(model: Model, blocks: readonly (readonly IndicatorFigures[])[]): Finding[][] {
  const explained = new Set<string>();
  return blocks.map((block) => {
    const ids = block.flatMap((figures) => [...figures.observations, ...figures.targets].map((figure) => figure.id));
    const fresh = findingsAbout(model, ids).filter((finding) => !explained.has(finding.id));
    for (const finding of fresh) explained.add(finding.id);
    return fresh;
  });
}
