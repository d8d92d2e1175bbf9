// The first screen (issue 13): the answer, the slider and the whole chart in view on a
// desktop, a phone and in an embed; the prerendered first view before the .wasm runs,
// and the app taking over without anything moving. (Every language and theme, links
// with a scenario and an app that cannot start: first-view.test.mjs.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CSP, expectSteadyLayout, launch, nextFrame, openWithWasm, ready, serveDist } from './harness.mjs';

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

/** Opens `query` with `options` (`wasm`: 'load', 'hold' or 'block', as `openWithWasm`). */
const open = (query, options) => openWithWasm(browser, server.origin, query, options);

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
        // Before the .wasm: the first view, with the model's answer and a drawn chart.
        assert.equal(await page.getAttribute('[data-testid="target-year"]', 'data-value'), '2026');
        assert.equal(await page.locator('#first-view [data-testid="trade-chart"] svg:visible').count(), 1, 'one drawing shown');
        assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '28');
        const first = await boxes(page);
        assertInView(first, viewport, `${name}, prerendered`);
        release();
        await ready(page);
        await page.waitForSelector('html[data-live]');
        assert.equal(await page.locator('#first-view').count(), 0, 'the first view is gone');
        assert.deepEqual(await boxes(page), first, 'the live page takes the first view\'s places');
        await expectSteadyLayout(page);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }

  it('answers the slider as soon as the app has started, while the rest of the page is still arriving', async () => {
    const viewport = { width: 1280, height: 800 };
    const { page, problems, close, release } = await open('', { viewport, wasm: 'hold' });
    try {
      // A slow phone's CPU: the rest of the page takes a while to arrive.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      // At the app's first painting, a reader moves the slider.
      await page.evaluate(() => {
        document.addEventListener(
          'painted',
          function first(e) {
            if (e.target.dataset?.testid !== 'trade-chart') return;
            document.removeEventListener('painted', first, true);
            const slider = document.querySelector('#app [data-testid="growth-slider"]');
            const answer = document.querySelector('#app [data-testid="target-year"]');
            const before = answer.dataset.value;
            window.__early = { rest: document.querySelectorAll('#app h2').length };
            slider.value = '10';
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => {
              window.__early.answered = answer.dataset.value !== before;
              window.__early.complete = document.documentElement.hasAttribute('data-complete');
            }, 0);
          },
          true,
        );
      });
      release();
      await page.waitForFunction(() => window.__early?.answered !== undefined);
      const early = await page.evaluate(() => window.__early);
      assert.ok(early.answered, 'the answer follows the slider');
      assert.equal(early.complete, false, 'while the rest of the page is still arriving');
      assert.equal(early.rest, 0, 'no section below the first screen yet');
      await page.waitForSelector('html[data-live]');
      await nextFrame(page);
      const first = await boxes(page);
      await page.waitForSelector('html[data-complete]', { state: 'attached' });
      assert.ok((await page.locator('#app h2').count()) >= 4, 'the sections below arrived');
      assert.deepEqual(await boxes(page), first, 'the first screen did not move');
      await expectSteadyLayout(page);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

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
