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
});
