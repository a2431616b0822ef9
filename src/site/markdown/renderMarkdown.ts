import MarkdownIt from 'markdown-it';
import { withBase } from '../routes.ts';

/**
 * Links may go to web pages, e-mail addresses or elsewhere on this site, nothing else: no
 * javascript:, data: or file: URLs, whatever a document's author typed.
 */
export function isAllowedLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReadsScheme(url));
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

/**
 * markdown-it decodes entities (`&#106;avascript:`) before it asks, and browsers drop tabs and
 * newlines anywhere in a URL and control characters and spaces around it (WHATWG URL Standard,
 * "basic URL parser"), so `java\tscript:` is `javascript:` to them. The scheme is judged as the
 * browser will read it; percent-encoded forms of those characters are decoded first, because
 * markdown-it percent-encodes what it passes on, and a stricter reading only refuses more.
 */
function asBrowserReadsScheme(url: string): string {
  const decoded = url.replace(/%(0[0-9a-f]|1[0-9a-f]|20|7f)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return decoded.replace(/[\u0000-\u0020\u007f]+/g, '');
}

function createRenderer() {
  // Raw HTML off: document bodies are data typed by staff, never markup the site trusts.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = isAllowedLink;
  // Images would be requests to whatever host the text names: the site makes none.
  md.disable('image');
  return md;
}

const renderer = createRenderer();

export interface RenderOptions {
  /** The level the body's top heading becomes, so it sits under the page's own headings. */
  topHeadingLevel?: number;
}

/** Markdown to HTML: raw HTML off, only safe links, no images, headings shifted under the page's. */
export function renderMarkdown(text: string, options: RenderOptions = {}): string {
  const tokens = renderer.parse(text, {});
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  if (options.topHeadingLevel !== undefined && levels.length > 0) {
    const shift = options.topHeadingLevel - Math.min(...levels);
    for (const token of tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  // Prose links to other pages of the site ("/phuong-phap/") must follow the site to its base path.
  for (const token of tokens.flatMap((t) => t.children ?? [])) {
    const href = token.type === 'link_open' ? token.attrGet('href') : null;
    if (typeof href === 'string') token.attrSet('href', withBase(href));
  }
  return renderer.renderer.render(tokens, renderer.options, {});
}

/** The text of the first top-level heading and the rest of the Markdown, for prose pages. */
export function splitTitle(text: string): { title: string | null; body: string } {
  const match = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(text);
  if (!match || text.slice(0, match.index).trim() !== '') return { title: null, body: text };
  return { title: match[1]!, body: text.slice(match.index + match[0].length) };
}
