import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parsePeriod } from '../../src/core/model/period.ts';
import type { Observation } from '../../src/core/model/types.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { indicatorFiguresByPlace } from '../../src/site/select/indicatorFigures.ts';
import { indicatorLayout } from '../../src/site/select/indicatorRegions.ts';
import { pageSources } from '../../src/site/select/pageSources.ts';
import { GRID_MAX_COLUMNS, placePeriodGrid } from '../../src/site/select/placePeriodGrid.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';
import { siteModel } from './siteFixture.ts';

const folder = mkdtempSync(join(tmpdir(), 'minhbach-grid-test-'));
generateSyntheticData('S', folder);
const { model: synthetic } = await readAndBuild(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a province page’s grid has a row per commune and a column per year, then the target’s, and holds each figure once', () => {
  const { figuresByPlace } = indicatorLayout(synthetic, 'chi-so-1').regions[0]!;
  const figures = figuresByPlace.flatMap((f) => [...f.observations, ...f.targets]);
  const grid = placePeriodGrid(synthetic, figuresByPlace, pageSources(synthetic, figures), 'vi')!;
  expect(grid.columns.map((column) => column.key)).toEqual(['p:2020', 'p:2021', 'p:2022', 'p:2023', 'p:2024', 'p:2025', 't:2025']);
  expect(grid.rows.map((row) => row.places.place.id)).toEqual(figuresByPlace.map((f) => f.place.id));
  const placed = grid.rows.flatMap((row) => row.cells.filter((cell) => cell !== undefined).map((cell) => cell.id));
  expect(placed.sort()).toEqual(figures.map((figure) => figure.id).sort());
  // Every cell sits in its own place's row and its own period's column.
  for (const row of grid.rows) {
    row.cells.forEach((cell, index) => {
      if (!cell) return;
      expect(cell.territory).toBe(row.places.place.id);
      expect(grid.columns[index]!.key).toBe('period' in cell ? `p:${cell.period.key}` : `t:${cell.by}`);
    });
  }
  // A year's figures all come from that year's report, same appendix: its header says it once.
  for (const [index, column] of grid.columns.entries()) {
    expect(column.source).toBeDefined();
    for (const row of grid.rows) if (row.cells[index]) expect(grid.ownSource(row.cells[index], column)).toBe(false);
  }
});

test('two reports’ figures for one place and year take two rows, and quoted figures name their own source', () => {
  const model = siteModel();
  const figuresByPlace = indicatorFiguresByPlace(model, model.index.indicator.get('so-du-an')!);
  const figures = figuresByPlace.flatMap((f) => [...f.observations, ...f.targets]);
  const grid = placePeriodGrid(model, figuresByPlace, pageSources(model, figures), 'vi')!;
  const column = grid.columns.findIndex((c) => c.key === 'p:2023');
  const disputed = grid.rows.filter((row) => row.places.place.id === 'nhom-xa-ngheo');
  expect(disputed.map((row) => (row.cells[column] as Observation).value).sort()).toEqual([30, 31]);
  // Each is quoted: no header can say a quote for its column.
  expect(grid.columns[column]!.source).toBeUndefined();
  for (const row of disputed) expect(grid.ownSource(row.cells[column]!, grid.columns[column]!)).toBe(true);
});

test('figures over more periods than a grid can show keep the table of a row per figure', () => {
  const { figuresByPlace } = indicatorLayout(synthetic, 'chi-so-1').regions[0]!;
  const first = figuresByPlace[0]!;
  const years = Array.from({ length: GRID_MAX_COLUMNS }, (_, i) => 2000 + i);
  const many = { ...first, observations: years.map((year) => ({ ...first.observations[0]!, id: `x-${year}`, period: parsePeriod(year) })) };
  const figures = [...many.observations, ...many.targets];
  expect(placePeriodGrid(synthetic, [many], pageSources(synthetic, figures), 'vi')).toBeUndefined();
  const fewer = { ...many, observations: many.observations.slice(1) };
  expect(placePeriodGrid(synthetic, [fewer], pageSources(synthetic, figures), 'vi')?.columns).toHaveLength(GRID_MAX_COLUMNS);
});
