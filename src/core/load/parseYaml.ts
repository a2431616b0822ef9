import jsYaml from 'js-yaml';
import { parseYamlWithPositions, type PositionedYaml } from './yamlWithPositions.ts';

/**
 * Reads YAML fast, and finds positions only when a diagnostic needs one.
 *
 * The `yaml` package keeps every node's source range, which is what makes file:line:column
 * possible, but it reads about 1,6 MB/s; js-yaml reads the same files at about 13 MB/s (measured
 * on the synthetic national dataset, tests/bench). Valid files are the common case, so they are
 * read with js-yaml and the positioned parse runs lazily, once per file, the first time a
 * diagnostic asks where something is. A file js-yaml rejects goes straight to the positioned
 * parser, whose error messages we translate.
 *
 * Aliases (`*name`) always take the positioned path: js-yaml shares aliased nodes without limit,
 * and an alias bomb would then blow up in the checks that walk the tree; the `yaml` package
 * caps alias expansion.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): PositionedYaml {
  if (!ALIAS.test(text)) {
    let value: unknown;
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch {
      return parseYamlWithPositions(text, file, lineOffset);
    }
    let positioned: PositionedYaml | undefined;
    const positions = () => (positioned ??= parseYamlWithPositions(text, file, lineOffset));
    return {
      value: value ?? null,
      syntaxDiagnostics: [],
      locate: (path) => positions().locate(path),
      locateKey: (path, key) => positions().locateKey(path, key),
    };
  }
  return parseYamlWithPositions(text, file, lineOffset);
}

/** An alias is `*` followed by a name, where a value can start. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;
