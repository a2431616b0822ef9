/** A label the chart would draw on one line: where its centre falls and how wide it is, in px. */
export interface AxisLabel {
  centre: number;
  width: number;
}

/**
 * Which of the year labels under a time axis to draw so that none overlaps another: the first and
 * the last always (a reader must see where the series starts and ends), and between them every
 * k-th year for the smallest k that fits. If even the first and last cannot both fit, the last
 * one is kept: it is the year the latest figure and the target belong to.
 */
export function yearLabelsToDraw(labels: readonly AxisLabel[], gap = 6): number[] {
  const n = labels.length;
  if (n <= 1) return n === 1 ? [0] : [];
  const fits = (a: AxisLabel, b: AxisLabel) => Math.abs(b.centre - a.centre) >= (a.width + b.width) / 2 + gap;
  for (let step = 1; step < n; step++) {
    const chosen: number[] = [];
    for (let i = 0; i < n - 1; i += step) chosen.push(i);
    // The last year replaces a neighbour that it would touch, never the first year.
    while (chosen.length > 1 && !fits(labels[chosen.at(-1)!]!, labels[n - 1]!)) chosen.pop();
    chosen.push(n - 1);
    if (chosen.every((index, j) => j === 0 || fits(labels[chosen[j - 1]!]!, labels[index]!))) return chosen;
  }
  return [n - 1];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
