// The chart's painting when things go wrong or change under it: the painter's worker
// lost, a drawing the worker fails, the chart's box resized without the window.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartSettled, nextFrame, slide, useApp } from './harness.mjs';

const withApp = useApp({ before, after });

/** Installed before the app: keeps every worker the page starts (`window.__workers`). */
function keepWorkers() {
  const Original = Worker;
  window.__workers = [];
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      window.__workers.push(this);
    }
  };
}

/** Installed before the app: the first drawing sent to the worker has an unknown operation. */
function spoilFirstDrawing() {
  const post = Worker.prototype.postMessage;
  let spoilt = false;
  Worker.prototype.postMessage = function (message, transfer) {
    if (message?.ops && !spoilt) {
      spoilt = true;
      message.ops[0] = 99;
    }
    return post.call(this, message, transfer);
  };
}

/** Waits until the worker has taken over the trade chart: its overlay is gone. */
async function workerPainting(page) {
  await page.waitForFunction(() => window.__painter.offThread > 0 && !document.querySelector('.chart-box .chart-overlay'));
  await chartSettled(page);
}

/** Moves the slider to `v` and waits for the trade chart's next painting (anywhere). */
async function step(page, v) {
  const n = await page.evaluate(() => window.__painter.byChart['trade-chart'] ?? 0);
  await slide(page, v);
  await page.waitForFunction((k) => window.__painter.byChart['trade-chart'] > k, n);
  await nextFrame(page);
}

/** The trade chart's paintings made on the page so far. */
const onPage = (page) => page.evaluate(() => window.__painter.onPage['trade-chart'] ?? 0);

describe('the chart painter', () => {
  it('paints on the page when its worker is lost, and the chart keeps answering', async () => {
    await withApp('', async (page) => {
      await workerPainting(page);
      const before = (await page.locator('.chart-box').screenshot()).toString('base64');
      const painted = await onPage(page);
      await page.evaluate(() => window.__workers.forEach((w) => w.terminate()));
      await slide(page, 5);
      // The drawing goes unanswered; after a moment's silence the page paints it.
      await page.waitForFunction((n) => (window.__painter.onPage['trade-chart'] ?? 0) > n, painted, { timeout: 5000 });
      assert.ok(await page.$('.chart-box .chart-overlay'), 'painted over the lost canvas');
      await nextFrame(page);
      const shot = await page.locator('.chart-box').screenshot();
      assert.notEqual(shot.toString('base64'), before, 'the chart shows the new growth');
      // From now on at once, with every step.
      const now = await onPage(page);
      await slide(page, 10);
      await page.waitForFunction((n) => window.__painter.onPage['trade-chart'] > n, now, { timeout: 1000 });
    }, { beforeGoto: (page) => page.addInitScript(keepWorkers) });
  });

  it('repaints on the page a drawing the worker fails, then leaves it to the worker (no double painting)', async () => {
    await withApp('', async (page) => {
      // The first drawing failed in the worker (never counted as painted there, so
      // `chartSettled` cannot be used); the next ones did not.
      await step(page, 20);
      await page.waitForFunction(() => !document.querySelector('.chart-box .chart-overlay'));
      const painted = await onPage(page);
      await step(page, 21);
      await step(page, 22);
      assert.equal(await onPage(page), painted, 'each step painted once, by the worker');
      assert.equal(await page.$('.chart-box .chart-overlay'), null);
    }, { beforeGoto: (page) => page.addInitScript(spoilFirstDrawing) });
  });

  it('on the page, a drawing that throws is reported and the next ones are painted', async () => {
    await withApp('', async (page) => {
      const painted = await onPage(page);
      await page.evaluate(() => {
        const arc = CanvasRenderingContext2D.prototype.arc;
        CanvasRenderingContext2D.prototype.arc = function () {
          CanvasRenderingContext2D.prototype.arc = arc;
          throw new Error('a canvas that cannot draw this');
        };
      });
      await slide(page, 5);
      await nextFrame(page);
      await step(page, 6);
      assert.ok((await onPage(page)) > painted, 'painted on the page after the failure');
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '6');
    }, {
      // A browser that cannot hand a canvas to a worker: everything is painted on the page.
      beforeGoto: (page) => page.addInitScript(() => delete HTMLCanvasElement.prototype.transferControlToOffscreen),
    });
  });

  it('follows its box when the box narrows without a window resize', async () => {
    await withApp('', async (page) => {
      await workerPainting(page);
      await page.evaluate(() => {
        window.__sizes = [];
        document.querySelector('[data-testid="trade-chart"]').addEventListener('painted', (e) => {
          window.__sizes.push([e.detail.width, e.detail.height]);
        });
        document.querySelector('.chart-area').style.width = '520px';
      });
      const box = await page.evaluate(() => {
        const r = document.querySelector('.chart-box').getBoundingClientRect();
        return [Math.round(r.width * devicePixelRatio), Math.round(r.height * devicePixelRatio)];
      });
      assert.ok(box[0] <= 520, `the box narrowed: ${box}`);
      await page.waitForFunction(([w, h]) => window.__sizes.some(([a, b]) => Math.abs(a - w) <= 1 && Math.abs(b - h) <= 1), box, {
        timeout: 3000,
      });
    });
  });
});
