import { describe, expect, test } from 'vitest';
import type { Observation } from '../../src/core/model/types.ts';
import { pageSources } from '../../src/site/select/pageSources.ts';
import { build } from '../core/projectFixture.ts';

describe('a page’s list of sources', () => {
  const { model } = build();
  const quoted = model.observations.filter((figure) => figure.source.quote !== undefined);
  const unquote = (figure: Observation): Observation => {
    const { quote: _quote, ...source } = figure.source;
    return { ...figure, source };
  };

  test('names each cited document once, with the cautions of the document itself', () => {
    const sources = pageSources(model, [...model.observations, ...model.targets]);
    const ids = sources.list.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...model.observations, ...model.targets].map((figure) => figure.source.document)));
    // The fixture's article has no date: its entry says so, whichever figure cites it.
    expect(sources.list.find((source) => source.id === quoted[0]!.source.document)!.flags).toContain('undated');
  });

  test('says "no verbatim quote" in the entry only when none of the page’s figures from that document is quoted', () => {
    const figure = quoted[0]!;
    expect(figure).toBeDefined();
    const allUnquoted = pageSources(model, [unquote(figure)]);
    expect(allUnquoted.unquotedThroughout.has(figure.source.document)).toBe(true);
    expect(allUnquoted.list[0]!.flags[0]).toBe('no-quote');
    // One quoted figure from the same document: the rows that lack a quote say so themselves.
    const mixed = pageSources(model, [unquote(figure), figure]);
    expect(mixed.unquotedThroughout.has(figure.source.document)).toBe(false);
    expect(mixed.list[0]!.flags).not.toContain('no-quote');
  });
});
