// The first screen (issue 13): the answer, the slider and the whole chart in view on a
// desktop, a phone and in an embed; the prerendered first view before the .wasm runs,
// never showing something wrong, and the app taking over without anything moving.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CSP, launch, openPage, ready, serveDist } from './harness.mjs';

const SCREENS = [
  ['a desktop', '', { width: 1280, height: 800 }],
  ['a phone', '', { width: 360, height: 740 }],
  ['an embed', '?embed=1', { width: 700, height: 620 }],
];
const FIRST = ['target-year', 'growth-slider', 'trade-chart'];

let server;
let browser;
before(async () => {
  server = await serveDist({ 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `query` with `options`; `wasm` is 'load', 'hold' (until the returned `release`) or 'block'. */
async function open(query, { wasm = 'load', ...options } = {}) {
  const opened = await openPage(browser, server.origin, options);
  let release = () => {};
  if (wasm !== 'load') {
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await opened.page.route('**/*.wasm', async (route) => {
      if (wasm === 'block') return route.abort();
      await held;
      return route.continue();
    });
  }
  await opened.page.goto(`${server.origin}/${query}`);
  return { ...opened, release };
}

/** The boxes of the first screen's elements, rounded to the pixel. */
function boxes(page) {
  return page.evaluate((ids) => {
    return ids.map((id) => {
      const r = document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
      return { id, top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) };
    });
  }, FIRST);
}

/** Asserts every box lies in a viewport of `width` × `height` from its top left. */
function assertInView(found, { width, height }, what) {
  for (const b of found) {
    assert.ok(b.top >= 0 && b.left >= 0 && b.bottom <= height && b.right <= width, `${what}: ${b.id} ${JSON.stringify(b)} not within ${width}×${height}`);
  }
}

/** The text a reader sees on the page (hidden text left out). */
const visibleText = (page) => page.evaluate(() => document.body.innerText.trim());

describe('the first screen', () => {
  for (const [name, embed, viewport] of SCREENS) {
    for (const query of ['', 'series=by&lang=ru']) {
      const full = [embed, query].filter(Boolean).join('&').replace(/^(?!\?)(.)/, '?$1');
      it(`shows the answer, the slider and the whole chart without scrolling on ${name} (${full || 'default'})`, async () => {
        const { page, problems, close } = await open(full, { viewport });
        try {
          await ready(page);
          assert.equal(await page.evaluate(() => scrollY), 0);
          assertInView(await boxes(page), viewport, name);
          // A touch target of 44 px for the slider (its thumb spans the input's height).
          const slider = await page.locator('[data-testid="growth-slider"]').boundingBox();
          assert.ok(slider.height >= 44, `slider ${slider.height} px high`);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }
  }

  for (const [name, embed, viewport] of SCREENS) {
    it(`is prerendered on ${name}, in the live chart's place, and taken over without a layout shift`, async () => {
      const { page, problems, close, release } = await open(embed, { viewport, wasm: 'hold' });
      try {
        await page.evaluate(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // Before the .wasm: the first view, with the model's answer and a drawn chart.
        assert.equal(await page.getAttribute('[data-testid="target-year"]', 'data-value'), '2026');
        assert.equal(await page.locator('#first-view [data-testid="trade-chart"] svg:visible').count(), 1);
        assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '28');
        const first = await boxes(page);
        assertInView(first, viewport, `${name}, prerendered`);
        release();
        await ready(page);
        await page.waitForSelector('html[data-live]');
        assert.equal(await page.locator('#first-view').count(), 0, 'the first view is gone');
        assert.deepEqual(await boxes(page), first, 'the live page takes the first view\'s places');
        await page.waitForTimeout(300);
        const shift = await page.evaluate(() => window.__shift);
        assert.ok(shift <= 0.01, `layout shift ${shift}`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }

  it('shows the prerendered default, and says the app could not start, when the .wasm is blocked', async () => {
    const { page, close } = await open('', { viewport: { width: 1280, height: 800 }, wasm: 'block' });
    try {
      await page.waitForSelector('html[data-start-failed]');
      assert.equal(await page.getAttribute('[data-testid="target-year"]', 'data-value'), '2026');
      assert.match(await visibleText(page), /At 28% a year, turnover reaches \$1\u00a0billion in 2026\./);
      assert.match(await visibleText(page), /could not start/);
      assert.equal(await page.locator('[data-testid="trade-chart"] svg:visible').count(), 1);
    } finally {
      await close();
    }
  });

  for (const [what, query, options] of [
    ['another scenario and language in the link', '?growth=30&lang=ru', {}],
    ['a browser in Russian', '', { locale: 'ru-RU' }],
    ['the dark theme', '?theme=dark', {}],
  ]) {
    it(`never shows the default view first for ${what}`, async () => {
      const { page, close } = await open(query, { viewport: { width: 1280, height: 800 }, wasm: 'block', ...options });
      try {
        await page.waitForSelector('html[data-start-failed]');
        assert.equal(await visibleText(page), '', 'nothing of the default view (English, 2026) is shown');
        // The placeholder keeps the first view's size.
        const box = await page.locator('#first-view [data-testid="trade-chart"]').boundingBox();
        assert.ok(box.height > 200, `sized placeholder (${box.height} px)`);
      } finally {
        await close();
      }
    });
  }

  it('shows the default view and a line about JavaScript to readers without it', async () => {
    const { page, close } = await open('', { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    try {
      const text = await visibleText(page);
      assert.match(text, /turnover reaches \$1\u00a0billion in 2026/);
      assert.match(text, /The interactive version needs JavaScript/);
      assert.equal(await page.locator('[data-testid="trade-chart"] svg:visible').count(), 1);
    } finally {
      await close();
    }
  });
});
