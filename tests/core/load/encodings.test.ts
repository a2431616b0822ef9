import { describe, expect, it } from 'vitest';
import { BASE_FILES, build, locations } from '../projectFixture.ts';

const TERRITORIES = 'content/territories/test.yaml';

describe('files as different editors save them', () => {
  it('reads a file with a BOM and CRLF line endings, keeping line numbers', () => {
    const windows = `\ufeff${BASE_FILES[TERRITORIES]!.replace('code: "089"', 'code: 89').replace(/\n/g, '\r\n')}`;
    const { diagnostics, model } = build({ [TERRITORIES]: windows });
    expect(locations(diagnostics)).toEqual(['content/territories/test.yaml:7:11 schema-type']);
    expect(model.territories.map((t) => t.id)).toEqual(['lao-cai', 'nam-chay']);
  });

  it('treats a name typed in NFD (macOS) as the same name as in NFC', () => {
    const nfd = BASE_FILES[TERRITORIES]!.normalize('NFD');
    const { model, diagnostics } = build({ [TERRITORIES]: nfd });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.index.place.get('nam-chay')!.kind === 'territory' && (model.index.place.get('nam-chay') as { name: string }).name).toBe('Nậm Chày'.normalize('NFC'));
  });

  it('reports a binary file instead of crashing', () => {
    const { diagnostics } = build({ 'plans/scan.yaml': '\u0000\u0001PNG\u0000' });
    expect(locations(diagnostics)).toEqual(['plans/scan.yaml:1:1 file-unreadable']);
  });

  it('stops a YAML alias bomb with a diagnostic at its first alias', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const { diagnostics } = build({ 'plans/bomb.yaml': `${lines.join('\n')}\n` });
    expect(locations(diagnostics)).toEqual(['plans/bomb.yaml:2:8 yaml-syntax']);
  });

  it('reports front matter errors at their line in the Markdown file', () => {
    const { diagnostics } = build({ 'plans/kh-239.md': BASE_FILES['plans/kh-239.md']!.replace('status: ban-hanh', 'status: da-ban-hanh') });
    expect(locations(diagnostics)).toEqual(['plans/kh-239.md:7:9 schema-value']);
    expect(diagnostics.find((d) => !d.causedBy)!.message.en).toContain('allowed values: du-thao, ban-hanh');
  });
});
