// Accessibility: axe-core on the full view, the embed, the dark theme and other
// languages; fails on
// serious or critical violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, openSettings, useApp } from './harness.mjs';

const withApp = useApp({ before, after });
describe('accessibility', () => {
  for (const [name, query] of [
    ['the full view', ''],
    ['the full view with separate rates and a pinned scenario', '?exports=20&imports=5&pin=name:Slow,growth:5'],
    ['the embed', '?embed=1'],
    ['the dark theme', '?theme=dark'],
    ['the full view in Russian', '?lang=ru'],
    ['the embed in Uzbek', '?lang=uz&embed=1'],
  ]) {
    it(`${name} has no serious or critical axe violations`, async () => {
      await withApp(query, async (page) => {
        assert.deepEqual(await violations(page), []);
      });
    });
  }

  it('the scenario settings, opened, have no serious or critical axe violations', async () => {
    for (const query of ['', '?embed=1&lang=be']) {
      await withApp(query, async (page) => {
        await openSettings(page);
        assert.deepEqual(await violations(page), []);
      });
    }
  });

  it('the table view has no serious or critical axe violations', async () => {
    await withApp('?series=by', async (page) => {
      await page.click('[data-testid="tab-table"]');
      await page.waitForSelector('[data-testid="data-table"]');
      assert.deepEqual(await violations(page), []);
    });
  });

  it('the embed dialog has no serious or critical axe violations', async () => {
    await withApp('', async (page) => {
      await page.click('[data-testid="open-embed"]');
      assert.deepEqual(await violations(page), []);
    });
  });

  it('the slider follows the APG keys: arrows, Page Up/Down, Home/End', async () => {
    await withApp('', async (page) => {
      const slider = page.locator('[data-testid="growth-slider"]');
      await slider.focus();
      const at = async () => Number(await slider.inputValue());
      await page.keyboard.press('ArrowLeft');
      assert.equal(await at(), 27.5);
      await page.keyboard.press('PageUp');
      assert.ok((await at()) > 28.5, 'Page Up moves by a big step');
      await page.keyboard.press('PageDown');
      assert.equal(await at(), 27.5);
      await page.keyboard.press('Home');
      assert.equal(await at(), -20);
      await page.keyboard.press('End');
      assert.equal(await at(), 40);
      assert.equal(await slider.getAttribute('aria-valuetext'), '40% a year');
      // The answers are announced politely once the keys stop, not at every step.
      assert.equal(await page.getAttribute('[data-testid="announcer"]', 'aria-live'), 'polite');
      await page.waitForFunction(() =>
        /At 40% a year, turnover reaches \$1\u00a0billion in 2026\./.test(
          document.querySelector('[data-testid="announcer"]').textContent,
        ),
      );
    });
  });

  it('every control of the whole page is reachable with the keyboard and shows a focus ring', async () => {
    await withApp('', async (page) => {
      // `withApp` waits for the whole page (`data-complete`): the sections below the
      // first screen arrive after it.
      const name = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          return { id: el.dataset.testid || el.id || el.outerHTML.slice(0, 60), outline: getComputedStyle(el).outlineStyle };
        });
      const seen = [];
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        const info = await name();
        if (!info) continue;
        if (seen.includes(info.id)) break; // round the page and back
        seen.push(info.id);
        assert.notEqual(info.outline, 'none', `focus ring on ${info.id}`);
        // The scenario settings open from the keyboard; their controls follow in the Tab order.
        if (info.id === 'settings-toggle') await page.keyboard.press('Enter');
      }
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
          .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible')
          .map((el) => el.dataset.testid || el.id || el.outerHTML.slice(0, 60)),
      );
      assert.ok(controls.length > 30, `${controls.length} controls`);
      for (const id of controls) assert.ok(seen.includes(id), `${id} reached by Tab`);
      for (const id of ['growth-slider', 'settings-toggle', 'link-rates', 'series-select', 'copy-link', 'pin-name', 'open-embed']) {
        assert.ok(seen.includes(id), `${id} reached by Tab`);
      }
    });
  });
});
