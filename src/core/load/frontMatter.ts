/** Splits a Markdown document into its YAML front matter and its body, keeping line numbers. */
export interface FrontMatterSplit {
  frontMatter: string;
  /** Line (1-based) in the file where the front matter's first line is. */
  frontMatterFirstLine: number;
  body: string;
  bodyFirstLine: number;
}

export function splitFrontMatter(text: string): FrontMatterSplit | null {
  if (!text.startsWith('---\n')) return null;
  const closing = text.indexOf('\n---', 3);
  if (closing === -1) return null;
  const afterClosing = text.indexOf('\n', closing + 4);
  const frontMatter = text.slice(4, closing + 1);
  const body = afterClosing === -1 ? '' : text.slice(afterClosing + 1);
  const frontMatterLines = frontMatter.split('\n').length - 1;
  return {
    frontMatter,
    frontMatterFirstLine: 2,
    body,
    bodyFirstLine: 2 + frontMatterLines + 1,
  };
}
