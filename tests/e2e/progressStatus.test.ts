import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

// A status is the sentence most readers take away: it must read the same on a phone with
// JavaScript off as in a full browser, with its bar drawn by the page itself and said in words.
const withScript = useSiteInBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
const withoutScript = useSiteInBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

interface StatusReading {
  text: string;
  bar: { done: string | null; notch: string | null; hidden: string | null; words: string };
}

async function readStatus(page: Page, selector: string): Promise<StatusReading> {
  const block = page.locator(selector).first();
  const svg = block.locator('svg.progress-bar__graphic');
  return {
    text: (await block.innerText()).replace(/\s+/g, ' ').trim(),
    bar: {
      done: await svg.locator('.progress-bar__done').getAttribute('width'),
      notch: await svg.locator('.progress-bar__projected').getAttribute('d'),
      hidden: await svg.getAttribute('aria-hidden'),
      words: await block.locator('.progress-bar__text').innerText(),
    },
  };
}

async function readBoth(path: string, selector: string): Promise<[StatusReading, StatusReading]> {
  const readings: StatusReading[] = [];
  for (const site of [withScript, withoutScript]) {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    readings.push(await readStatus(page, selector));
    await page.close();
  }
  return readings as [StatusReading, StatusReading];
}

test('Nậm Chày\'s 2025 poverty target reads the same with and without JavaScript, in words and in its bar', async () => {
  const [scripted, plain] = await readBoth('/dia-ban/nam-chay/', '[id="tien-do--muc-tieu--ty-le-ho-ngheo--nam-chay--2025--baomoi-giam-ngheo-nam-chay-2023"]');
  expect(plain).toEqual(scripted);
  // Worked by hand from the YAML: 48,46% (2022) → 40,8% (31/10/2023); 40,8 − 7,66 × 792/304 = 20,84%.
  expect(plain.text).toContain('Quá hạn, chưa công bố kết quả');
  expect(plain.text).toContain('Nậm Chày · Mục tiêu dưới 15% năm 2025');
  expect(plain.text).toContain('Theo tốc độ từ 48,46% (2022) đến 40,8% (31/10/2023), đến hạn sẽ là khoảng 20,84%');
  expect(plain.text).toContain('chỉ tồn tại đến 30/6/2025');
  // The bar: (48,46 − 40,8)/(48,46 − 15) = 22,9% of 240 units covered; the pace reaches 82,5% (198,1).
  expect(plain.bar).toEqual({
    done: '54.9',
    notch: 'M193.1 0 h10 l-5 6 z',
    hidden: 'true',
    words: 'Số mới nhất đã đi được 23% quãng đường từ mốc ban đầu tới mục tiêu; theo tốc độ đã có, đến hạn đi được 83%.',
  });
});

test('the 10 communes\' target reads the same in the plan\'s table with and without JavaScript', async () => {
  const row = 'tr[id="muc-tieu--ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2025--kh-239-ubnd-2021"] td:last-child';
  const [scripted, plain] = await readBoth('/ke-hoach/kh-239-ubnd-2021/', row);
  expect(plain).toEqual(scripted);
  // 50,54 − 10,41 × 731/365 = 29,69%; (60,95 − 50,54)/(60,95 − 17,26) = 23,8% of 240 = 57,2.
  expect(plain.text).toContain('Quá hạn, chưa công bố kết quả');
  expect(plain.text).toContain('đến hạn sẽ là khoảng 29,69%, so với mục tiêu không quá 17,26% năm 2025');
  expect(plain.bar.done).toBe('57.2');
  expect(plain.bar.words).toBe('Số mới nhất đã đi được 24% quãng đường từ mốc ban đầu tới mục tiêu; theo tốc độ đã có, đến hạn đi được 72%.');
});

test('the home page names the targets past their deadline with no result, and the count leads to their list', async () => {
  const page = await withoutScript.browser.context.newPage();
  await page.goto(`${withoutScript.server.origin}/`);
  // Counted by hand in plans/: the 10 communes' eleven 2024 targets without a result and their
  // 2025 poverty target, Nậm Chày's 2025 target, and Ninh Thuận's four 2018 targets.
  const notice = page.locator('.overdue-notice a');
  expect(await notice.innerText()).toBe('17 chỉ tiêu đã quá hạn mà chưa công bố kết quả');
  await notice.click();
  expect(new URL(page.url()).hash).toBe('#tinh-trang--due-no-result');
  const list = page.locator('.scorecard__list', { has: page.locator('#tinh-trang--due-no-result') });
  expect(await list.locator('li').count()).toBe(17);
  expect(await list.innerText()).toContain('Tỷ lệ hộ nghèo · Nậm Chày · dưới 15% năm 2025');
  await page.close();
});
