import { describe, expect, test } from 'vitest';
import { isAllowedLink, renderMarkdown, splitTitle } from '../../src/site/markdown/renderMarkdown.ts';
import { SAFE_SCHEMES, schemeAsBrowserFollows } from '../support/linkScheme.ts';

describe('document bodies in Markdown', () => {
  test('raw HTML is shown as text, never run', () => {
    const html = renderMarkdown('Xin chào <script>alert(1)</script> <b onclick="x()">đậm</b>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b ');
    expect(html).toContain('&lt;script&gt;');
  });

  test('links may go to web pages, e-mail or this site, nothing else', () => {
    expect(isAllowedLink('https://baolaocai.vn/x')).toBe(true);
    expect(isAllowedLink('mailto:a@b.vn')).toBe(true);
    expect(isAllowedLink('/chi-so/ty-le-ho-ngheo/')).toBe(true);
    expect(isAllowedLink('#muc-2')).toBe(true);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('data:text/html,x')).toBe(false);
    expect(isAllowedLink('file:///etc/passwd')).toBe(false);
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[báo](https://baolaocai.vn/)')).toContain('<a href="https://baolaocai.vn/">báo</a>');
  });

  test('javascript: hidden by entities, escapes, case, whitespace or control characters is still refused', () => {
    const disguises = [
      '[x](&#106;avascript:alert(1))',
      '[x](&#x6A;&#x61;vascript:alert(1))',
      '[x](javascript&#58;alert(1))',
      '[x](javascript&colon;alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](java&#9;script:alert(1))',
      '[x](java&#x0A;script:alert(1))',
      '[x](&#1;javascript:alert(1))',
      '[x]( javascript:alert(1))',
      '[x](<java script:alert(1)>)',
      '[x](<\tjavascript:alert(1)>)',
      '[x](java%09script:alert(1))',
      '[x](vbscript:msgbox(1))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<javascript:alert(1)>',
      '[x][ref]\n\n[ref]: &#106;avascript:alert(1)',
    ];
    for (const markdown of disguises) {
      const hrefs = [...renderMarkdown(markdown).matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
      for (const href of hrefs) expect(SAFE_SCHEMES, `${markdown} → ${href}`).toContain(schemeAsBrowserFollows(href));
    }
  });

  // A document body is typed by staff and rendered at build time: no body may hang the build.
  // The test's own timeout is the bound.
  test('pathological bodies (deep quotes and lists, unclosed brackets, 10 MB lines) render, as text', { timeout: 30_000 }, () => {
    const bodies = [
      '>'.repeat(50_000) + ' x',
      Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
      `${'['.repeat(50_000)}x${']'.repeat(50_000)}(https://example.org/)`,
      '*a'.repeat(50_000),
      '[a](b '.repeat(20_000),
      '&#106;'.repeat(100_000),
      'x'.repeat(10_000_000),
    ];
    for (const body of bodies) {
      const html = renderMarkdown(body);
      expect(html.length).toBeGreaterThan(0);
      expect(html).not.toMatch(/<(script|iframe|img)\b/i);
    }
  });

  test('images are not loaded from anywhere', () => {
    expect(renderMarkdown('![ảnh](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  test('the body’s headings sit under the page’s own', () => {
    const html = renderMarkdown('# KẾ HOẠCH\n\n## I. MỤC ĐÍCH\n\ntext', { topHeadingLevel: 3 });
    expect(html).toContain('<h3>KẾ HOẠCH</h3>');
    expect(html).toContain('<h4>I. MỤC ĐÍCH</h4>');
  });

  test('a prose page’s title is its first heading', () => {
    const { title, body } = splitTitle('# Phương pháp\n\nNội dung');
    expect(title).toBe('Phương pháp');
    expect(body.trim()).toBe('Nội dung');
    expect(splitTitle('Không có tiêu đề')).toEqual({ title: null, body: 'Không có tiêu đề' });
  });
});
