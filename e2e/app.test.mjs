// Browser tests of the release build in headless Chromium, served by nginx with
// deploy/nginx.conf (e2e/nginx.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartPixels, chartSettled, countChartPixels, expectParam, expectSearch, nextFrame, openSettings, ready, slide, useApp, value } from './harness.mjs';
import { serveNginx } from './nginx.mjs';

const withApp = useApp({ before, after }, serveNginx);

describe('the app', () => {
  it('loads with the default scenario, its answers and a drawn chart', async () => {
    await withApp('', async (page) => {
      // 2025: ≈ 892.5, derived from "increased by 25 percent" (714 × 1.25).
      assert.equal(await value(page, 'base-year'), '2025');
      assert.equal(await value(page, 'base-value'), '892.5');
      // The 2020–2025 compound growth, 27.77 %, on the slider's step: 892.5 × 1.28 ≥ 1000.
      assert.equal(await value(page, 'target-year'), '2026');
      // (1000 / 892.5)^(1/3) − 1.
      assert.equal(await value(page, 'required-growth'), '3.86');
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '28');
      const slider = page.locator('[data-testid="growth-slider"]');
      assert.equal(await slider.getAttribute('aria-valuetext'), '28% a year');
      assert.match(await page.textContent('[data-testid="target-year"]'), /reaches \$1\u00a0billion in 2026/);
      const label = await page.getAttribute('[data-testid="trade-chart"]', 'aria-label');
      assert.match(label, /turnover ≈ \$892\.5\u00a0million in 2025/);
      const blank = await countChartPixels(page, (d) => {
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 100 && d[i + 1] < 100) dark += 1;
        return dark;
      });
      assert.ok(blank > 500, `the chart has drawn lines and text (${blank} dark pixels)`);
      await expectSearch(page, '');
    });
  });

  it('moves with the keyboard: read-outs, chart and URL follow', async () => {
    await withApp('', async (page) => {
      const before = await chartPixels(page);
      const slider = page.locator('[data-testid="growth-slider"]');
      await slider.focus();
      await page.keyboard.press('End');
      await nextFrame(page);
      assert.equal(await slider.inputValue(), '40');
      // 892.5 × 1.4 = 1249.5: reached in 2026.
      assert.equal(await value(page, 'target-year'), '2026');
      assert.equal(await slider.getAttribute('aria-valuetext'), '40% a year');
      assert.notEqual(await chartPixels(page), before, 'the chart was redrawn');
      await expectParam(page, 'growth', '40');

      await page.keyboard.press('Home');
      await nextFrame(page);
      assert.equal(await slider.inputValue(), '-20');
      assert.equal(await value(page, 'target-year'), '', 'never reached while shrinking');
      assert.match(await page.textContent('[data-testid="target-year"]'), /does not reach \$1\u00a0billion by 2035/);

      await page.keyboard.press('ArrowRight');
      assert.equal(await slider.inputValue(), '-19.5');
      await expectParam(page, 'growth', '-19.5');

      await openSettings(page);
      await page.click('[data-testid="reset-growth"]');
      assert.equal(await slider.inputValue(), '28');
      await expectSearch(page, '');
    });
  });

  it('takes an exact growth in the number field and clamps an extreme one', async () => {
    await withApp('', async (page) => {
      await page.fill('[data-testid="growth-slider-number"]', '12.25');
      await page.press('[data-testid="growth-slider-number"]', 'Enter');
      await expectParam(page, 'growth', '12.25');
      // 892.5 × 1.1225 = 1001.8.
      assert.equal(await value(page, 'target-year'), '2026');
      await page.fill('[data-testid="growth-slider-number"]', '12');
      await page.press('[data-testid="growth-slider-number"]', 'Enter');
      // 892.5 × 1.12 = 999.6 < 1000 ≤ 892.5 × 1.12².
      assert.equal(await value(page, 'target-year'), '2027');
      await page.fill('[data-testid="growth-slider-number"]', '1e9');
      await page.press('[data-testid="growth-slider-number"]', 'Enter');
      assert.equal(await page.inputValue('[data-testid="growth-slider-number"]'), '40');
    });
  });

  it('restores a scenario from the URL', async () => {
    const query = '?series=by&base=2021&growth=10&target=2000&by=2030&to=2045';
    await withApp(query, async (page) => {
      assert.equal(await value(page, 'base-year'), '2021');
      assert.equal(await value(page, 'base-value'), '301.9');
      // 301.9 × 1.1ⁿ ≥ 2000 first at n = 20.
      assert.equal(await value(page, 'target-year'), '2041');
      // (2000 / 301.9)^(1/9) − 1.
      assert.equal(await value(page, 'required-growth'), '23.38');
      assert.equal(await page.inputValue('[data-testid="series-select"]'), 'by');
      assert.equal(await page.inputValue('[data-testid="base-select"]'), '2021');
      // The settings say, closed, what differs from the defaults.
      assert.equal(
        await page.textContent('[data-testid="settings-summary"]'),
        'Belarusian statistics · base year 2021 · $2\u00a0billion by 2030 · projected to 2045',
      );
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '10');
      assert.equal(await page.inputValue('[data-testid="to-input"]'), '2045');
      // by=2030 is the $2 billion target's own deadline, the default: not written.
      await expectSearch(page, query.replace('&by=2030', ''));
      await page.reload();
      await ready(page);
      assert.equal(await value(page, 'target-year'), '2041');
    });
  });

  it('switches series with the select and keeps a gap year out of the base choices', async () => {
    await withApp('', async (page) => {
      assert.equal(await page.textContent('[data-testid="settings-summary"]'), '', 'nothing changed yet');
      await openSettings(page);
      await page.selectOption('[data-testid="series-select"]', 'by');
      assert.equal(await page.textContent('[data-testid="settings-summary"]'), 'Belarusian statistics');
      assert.equal(await value(page, 'base-year'), '2025');
      assert.equal(await value(page, 'base-value'), '855');
      const years = await page.$$eval('[data-testid="base-select"] option', (os) => os.map((o) => o.value));
      assert.ok(!years.includes('2017'), 'no Belarusian figure for 2017');
      await expectParam(page, 'series', 'by');
    });
  });

  it('survives malformed and hostile URLs, says what it ignored, and falls back', async () => {
    const queries = [
      '?growth=abc&series=zz&base=17&target=-5&by=soon&to=9999999999999',
      '?growth=NaN&target=Infinity&base=2017&series=by',
      '?growth=%E0%A4%A&target=%ZZ&&&=&series=',
      '?growth=1e400&target=1e400&by=-1&to=0',
      `?series=${'x'.repeat(5000)}&growth=<script>alert(1)</script>`,
    ];
    for (const q of queries) {
      await withApp(q, async (page) => {
        assert.ok(await value(page, 'base-year'), `read-outs shown for ${q}`);
        const growth = Number(await page.inputValue('[data-testid="growth-slider"]'));
        assert.ok(growth >= -20 && growth <= 40, `growth in range for ${q}`);
        await page.waitForSelector('[data-testid="url-notice"]');
        assert.equal(await page.$('body script'), null, 'no injected script');
        assert.equal(await page.$$eval('script', (all) => all.filter((e) => e.textContent.includes('alert')).length), 0);
      });
    }
  });

  it('is sharp on HiDPI screens and fits a phone without horizontal scrolling', async () => {
    await withApp(
      '',
      async (page) => {
        const size = await page.$eval('[data-testid="trade-chart"]', (c) => ({
          backing: c.width,
          css: c.clientWidth,
        }));
        assert.equal(size.backing, Math.round(size.css * 2), 'backing store is CSS size × DPR');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `no horizontal scroll at 320 px (${overflow})`);
      },
      { viewport: { width: 320, height: 800 }, deviceScaleFactor: 2 },
    );
  });

  it('reads out the year under the pointer, actual and projected', async () => {
    await withApp('', async (page) => {
      const chart = page.locator('[data-testid="trade-chart"]');
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.boundingBox();
      // Far left: the first years (published figures); far right: the projection.
      await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
      const left = await page.textContent('[data-testid="hover-readout"]');
      assert.match(left, /^20(10|11|12)reported: turnover \d/);
      await page.mouse.move(box.x + box.width * 0.97, box.y + box.height / 2);
      assert.match(await page.textContent('[data-testid="hover-readout"]'), /^2035projected: turnover [\d,]+\.\d/);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
      assert.equal(await page.$('[data-testid="hover-readout"]'), null, 'hidden when the pointer leaves');
    });
  });

  it('paints the chart in a worker, or on the page where the browser cannot hand it over', async () => {
    await withApp('', async (page) => {
      // Chromium can: the canvas went to the painter's worker, the page cannot draw on it.
      const handedOver = await page.$eval('[data-testid="trade-chart"]', (c) => {
        try {
          c.getContext('2d');
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(handedOver, 'the canvas was handed to the worker');
      await slide(page, 9);
      await chartSettled(page);
      const [chart, painter] = await page.evaluate(() => [window.__chart, window.__painter]);
      assert.ok(chart.offThread >= 2, JSON.stringify(chart));
      assert.equal(painter.sent, painter.offThread, 'every drawing sent was painted');
      // Until the worker had started, the page painted the chart on an overlay: now gone.
      assert.equal(await page.locator('.chart-box > .chart-overlay').count(), 0, 'the overlay was removed');
    });
    // Without OffscreenCanvas the same drawing is painted on the page, each dashed line
    // and the markers with one call per style.
    const noHandOver = (page) => page.addInitScript(() => delete HTMLCanvasElement.prototype.transferControlToOffscreen);
    await withApp('', async (page) => {
      assert.equal(await page.evaluate(() => window.__chart.offThread), 0);
      const calls = await page.evaluate(async () => {
        const proto = CanvasRenderingContext2D.prototype;
        const counts = { stroke: 0, fill: 0, moveTo: 0 };
        const originals = Object.fromEntries(Object.keys(counts).map((k) => [k, proto[k]]));
        for (const k of Object.keys(counts)) {
          proto[k] = function (...args) {
            if (this.canvas.dataset.testid === 'trade-chart') counts[k] += 1;
            return originals[k].apply(this, args);
          };
        }
        const slider = document.querySelector('[data-testid="growth-slider"]');
        slider.value = '9';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        Object.assign(proto, originals);
        return counts;
      });
      // About 150 dashes and markers, each its own sub-path, painted by a few calls.
      assert.ok(calls.moveTo > 100, `the dashes and markers are drawn: ${JSON.stringify(calls)}`);
      assert.ok(calls.stroke + calls.fill < 40, `gathered into few paint calls: ${JSON.stringify(calls)}`);
    }, { beforeGoto: noHandOver });
    // A worker that cannot start (its script refused): the page keeps painting the chart.
    let painterLoads = 0;
    const noWorker = (page) =>
      page.context().route('**/painter-*.js', (route) => (painterLoads++ === 0 ? route.continue() : route.abort()));
    await withApp('', async (page) => {
      const before = await page.evaluate(() => window.__chart.painted);
      await slide(page, 30);
      await page.waitForFunction((n) => window.__chart.painted > n, before);
      assert.equal(painterLoads, 2, 'the app and its worker asked for the painter');
      assert.equal(await page.evaluate(() => window.__chart.offThread), 0);
      // Painted on the page: on the canvas itself when the worker failed before the first
      // painting, else on the overlay laid over the handed-over canvas.
      const shown = await page.locator('.chart-area .chart-box').screenshot();
      assert.ok(shown.length > 5000, 'the chart is shown');
    }, { beforeGoto: noWorker, expectProblem: /painter\.js|ERR_FAILED/ });
  });

  it('resizes the chart with its container', async () => {
    await withApp('', async (page) => {
      const wide = await page.$eval('[data-testid="trade-chart"]', (c) => c.width);
      await page.setViewportSize({ width: 500, height: 900 });
      await page.waitForFunction((w) => document.querySelector('[data-testid="trade-chart"]').width < w, wide);
      const narrow = await page.$eval('[data-testid="trade-chart"]', (c) => c.width);
      assert.ok(narrow < wide);
    });
  });
});
