import { describe, expect, it } from 'vitest';
import { renderRss } from '../../../src/core/export/feeds.ts';

const channel = { title: 'minhbach', link: 'https://example.org/', description: 'd', language: 'vi' as const, selfLink: 'https://example.org/rss.xml' };

describe('the RSS feed', () => {
  it('lists items newest first, dated by their data, and escapes their text', () => {
    const rss = renderRss(channel, [
      { title: 'Cũ', link: 'https://example.org/a/', description: 'a', date: '2021-05-19', guid: 'a' },
      { title: 'Mới <b> & "x"', link: 'https://example.org/b/', description: 'b', date: '2024-04-03', guid: 'b' },
    ]);
    expect(rss.indexOf('<guid isPermaLink="false">b</guid>')).toBeLessThan(rss.indexOf('<guid isPermaLink="false">a</guid>'));
    expect(rss).toContain('<title>Mới &lt;b&gt; &amp; &quot;x&quot;</title>');
    expect(rss).toContain('<pubDate>Wed, 03 Apr 2024 00:00:00 +0000</pubDate>');
    expect(rss).toContain('<lastBuildDate>Wed, 03 Apr 2024 00:00:00 +0000</lastBuildDate>');
  });

  it('keeps a description as text, since feed readers render descriptions as HTML', () => {
    const rss = renderRss(channel, [{ title: 't', link: 'https://example.org/', description: '<script>alert(1)</script> & AT&T', date: '2024-01-01', guid: 'g' }]);
    // Decoded once by the XML parser, the reader gets &lt;script&gt;: text, not an element.
    expect(rss).toContain('<description>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; AT&amp;amp;T</description>');
  });
});
