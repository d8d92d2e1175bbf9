// Browser tests of scenario play: separate flows, presets, the fan, pinning, backtest.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectParam, expectSearch, nextFrame, openSettings, ready, useApp, value } from './harness.mjs';

const withApp = useApp({ before, after });

describe('scenario play', () => {
  it('unlinks exports and imports, moves each with the keyboard, and links back', async () => {
    // Base 2024: the year with no published split, whose baseline is 16.5 % a year.
    await withApp('?base=2024', async (page) => {
      // The link toggle is in the settings, opened with the keyboard.
      await page.focus('[data-testid="settings-toggle"]');
      await page.keyboard.press('Enter');
      await page.focus('[data-testid="link-rates"]');
      await page.keyboard.press('Space');
      assert.equal(await page.$('[data-testid="growth-slider"]'), null);
      const exports = page.locator('[data-testid="exports-slider"]');
      assert.equal(await exports.inputValue(), '16.5');
      assert.equal(await page.inputValue('[data-testid="imports-slider"]'), '16.5');
      await expectParam(page, 'exports', '16.5');
      await exports.focus();
      await page.keyboard.press('End');
      await nextFrame(page);
      await expectParam(page, 'exports', '40');
      // 2024 has no split: split as in 2023 (80.3 % exports). 2025: 573.4 × 1.4 + 140.6 × 1.165
      // = 966.6; 2026: 1123.9 + 190.8 ≥ 1000.
      assert.equal(await value(page, 'target-year'), '2026');
      assert.equal(await value(page, 'base-exports'), '', 'no published split for 2024');
      assert.match(await page.textContent('[data-testid="base-year"]'), /split as in 2023/);
      await page.selectOption('[data-testid="base-select"]', '2023');
      assert.equal(await value(page, 'base-exports'), '525.8');
      assert.equal(await value(page, 'base-imports'), '128.9');
      await page.click('[data-testid="link-rates"]');
      await page.waitForSelector('[data-testid="growth-slider"]');
      await expectParam(page, 'exports', null);
    });
  });

  it('restores separate rates from the URL and clamps bad ones', async () => {
    await withApp('?exports=abc&imports=999&from=1800&pin=junk', async (page) => {
      assert.equal(await page.inputValue('[data-testid="imports-slider"]'), '40');
      // The baseline: 2020–2025 compound growth, 27.77 % → 28 on the slider's step.
      assert.equal(await page.inputValue('[data-testid="exports-slider"]'), '28');
      const notice = await page.textContent('[data-testid="url-notice"]');
      assert.match(notice, /exports=abc ignored/);
      assert.match(notice, /imports=999 → 40/);
      assert.match(notice, /from=1800 ignored/);
      assert.match(notice, /pin=junk ignored/);
    });
  });

  it('applies presets, each explained with its numbers', async () => {
    await withApp('?base=2024', async (page) => {
      await openSettings(page);
      await page.click('[data-testid="preset-momentum"]');
      // 714 / 654.7 − 1 = 9.06 %.
      await expectParam(page, 'growth', '9.06');
      await page.click('[data-testid="preset-on-track"]');
      // (1000 / 714)^(1/3) − 1 = 11.884 %, rounded up so that it does reach.
      await expectParam(page, 'growth', '11.89');
      assert.equal(await value(page, 'target-year'), '2027');
      await page.selectOption('[data-testid="window-select"]', '2010');
      await page.click('[data-testid="preset-historical"]');
      // (714 / 138.5)^(1/14) − 1 = 12.43 % → 12.5 on the slider's step.
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '12.5');
      await expectParam(page, 'from', '2010');
      assert.match(await page.textContent('.preset-list'), /compound growth of turnover 2010–2024/);
      await page.click('[data-testid="reset-growth"]');
      await expectSearch(page, '?base=2024');
    });
  });

  it('shows the fan and the chance of reaching the target', async () => {
    await withApp('?base=2024', async (page) => {
      assert.match(await page.textContent('[data-testid="fan-note"]'), /50%, 80% and 95%/);
      // σ of log changes 2019–2024 = 0.2483; 1 − Φ(ln(1000/1128.95) / (σ√3)) = 61.1 %.
      assert.equal(await value(page, 'chance'), '61.1');
      assert.match(await page.textContent('[data-testid="chance"]'), /: 61%/);
    });
    await withApp('?series=by&base=2016', async (page) => {
      assert.match(await page.textContent('[data-testid="fan-note"]'), /No uncertainty bands/);
      assert.equal(await value(page, 'chance'), '');
    });
  });

  it('backtests an earlier base against what happened', async () => {
    await withApp('?base=2021&growth=10', async (page) => {
      assert.equal(
        await page.textContent('[data-testid="backtest"]'),
        // The last year with a figure, 2025, is derived (≈), and the read-out says so.
        'Projection for 2025: $554.6\u00a0million; actual: ≈ $892.5\u00a0million; the projection was 37.9% below it.',
      );
    });
  });

  it('pins up to three scenarios, keeps them in the link and offers them next visit', async () => {
    await withApp('', async (page) => {
      await page.fill('[data-testid="pin-name"]', 'Fast <b>track</b>');
      await page.press('[data-testid="pin-name"]', 'Enter');
      await page.waitForSelector('[data-testid="pins-table"]');
      assert.match(await page.textContent('[data-testid="pins-table"]'), /Fast <b>track<\/b>/);
      await page.waitForURL(/pin=name:Fast%20%3Cb%3Etrack%3C%2Fb%3E/);
      await openSettings(page);
      await page.click('[data-testid="preset-momentum"]');
      await page.click('[data-testid="pin-scenario"]');
      await page.click('[data-testid="pin-scenario"]');
      assert.equal(await page.locator('[data-testid="pins-table"] tbody tr').count(), 3);
      assert.ok(await page.isDisabled('[data-testid="pin-scenario"]'), 'three at most');
      await page.waitForURL(/pin=.*pin=.*pin=/);
      const shared = page.url();

      await page.goto(shared);
      await ready(page);
      assert.equal(await page.locator('[data-testid="pins-table"] tbody tr').count(), 3);

      await page.goto(new URL(shared).origin + '/');
      await ready(page);
      await page.click('[data-testid="restore-pins"]');
      assert.equal(await page.locator('[data-testid="pins-table"] tbody tr').count(), 3);
      assert.match(await page.textContent('[data-testid="pins-table"]'), /Scenario 3/);

      await page.click('[data-testid="pins-table"] tbody tr:first-child button');
      assert.equal(await page.locator('[data-testid="pins-table"] tbody tr').count(), 2);

      await page.evaluate(() => localStorage.setItem('trade-outlook:pins', '\u0000{garbage'));
      await page.goto(new URL(shared).origin + '/');
      await ready(page);
      assert.equal(await page.$('[data-testid="restore-offer"]'), null, 'corrupt storage is ignored');
    });
  });

  it('while the slider moves, stores no pins and leaves the link alone until the reader pauses', async () => {
    await withApp('', async (page) => {
      const before = await page.inputValue('[data-testid="share-link"]');
      const during = await page.evaluate(async () => {
        let writes = 0;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (...args) {
          writes += 1;
          return setItem.apply(this, args);
        };
        const slider = document.querySelector('[data-testid="growth-slider"]');
        for (const v of ['3', '3.5', '4', '4.5', '5']) {
          slider.value = v;
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        const link = document.querySelector('[data-testid="share-link"]').value;
        Storage.prototype.setItem = setItem;
        return { writes, link };
      });
      assert.equal(during.writes, 0, 'a slider step does not rewrite the stored pins');
      assert.equal(during.link, before, 'the link field waits for the pause, as the address bar does');
      await expectParam(page, 'growth', '5');
      assert.equal(await page.inputValue('[data-testid="share-link"]'), page.url(), 'then shows the new link');
      await page.click('[data-testid="pin-scenario"]');
      await page.waitForFunction(() => /growth:5/.test(localStorage.getItem('trade-outlook:pins') ?? ''));
    });
  });
});
