// Smoke suite in the other engines: Firefox ESR and WebKitGTK's MiniBrowser (the full
// suite runs in Chromium, e2e/*.test.mjs). The same checks in each engine, against dist/
// under the strict CSP: loading, the growth controls, a repaint, the downloads, the
// embed's height messages, a hostile address with unreadable stored state, and a
// language switch; each also fails on a console error, an uncaught exception or a
// request to another origin (recorded in the page by probe.js).
// ENGINES=firefox or ENGINES=webkit runs one engine (driver.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { versionedFile } from '../../scripts/version-assets.mjs';
import { chosenEngines, launch } from './driver.mjs';
import { serveWithProbe } from './server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const MESSAGES_RU = readFileSync(new URL('../../locales/ru.txt', import.meta.url), 'utf8');
const DATA = JSON.parse(readFileSync(new URL('../../data/belarus-uzbekistan.json', import.meta.url), 'utf8'));
const CSV_HEADER = 'year,exports,imports,turnover,kind,point_kind,source';
const SLIDER = '[data-testid="growth-slider"]';
const NUMBER = '[data-testid="growth-slider-number"]';
const CHART = '[data-testid="trade-chart"]';

for (const name of chosenEngines()) {
  describe(`smoke test in ${name}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await serveWithProbe();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Whether the browser still answers (within 5 s). */
    const answers = () =>
      Promise.race([
        browser.evaluate(() => 1).then(
          (v) => v === 1,
          () => false,
        ),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);

    /**
     * `it`, with one more try in a new browser when the browser itself has gone (under a
     * loaded machine WebKitGTK's MiniBrowser has crashed mid-suite: "session deleted
     * because of page crash or hang"); said in the test's output. A failure while the
     * browser still answers, or a second one, fails the test.
     */
    const check = (title, body) =>
      it(title, async (t) => {
        try {
          await body(t);
        } catch (e) {
          if (await answers()) throw e;
          t.diagnostic(`${name} has gone (${String(e?.message ?? e).split('\n')[0]}): relaunched, tried once more`);
          await browser.close().catch(() => {});
          browser = await launch(name);
          await body(t);
        }
      });

    /** Resolves after two animation frames to whether the painter's worker answered every drawing. */
    const settled = () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => r(window.__probe.answered === window.__probe.sent))),
      );

    /** Waits until the chart's paintings (on the page and in the painter's worker) are done. */
    const chartSettled = () => browser.waitFor(settled, [], 10_000);

    /** Opens the app at `query` and waits until it is live and has painted its chart. */
    async function openApp(query = '') {
      await browser.open(`${server.origin}/${query}`);
      await browser.waitFor(
        (chart) =>
          document.documentElement.hasAttribute('data-live') &&
          document.querySelector('[data-testid="target-year"]') &&
          document.querySelector(chart)?.tagName === 'CANVAS' &&
          window.__probe.painted > 0,
        [CHART],
        20_000,
      );
      await chartSettled();
    }

    const attribute = (selector, key) =>
      browser.evaluate((s, k) => document.querySelector(s).getAttribute(k), selector, key);
    const text = (selector) => browser.evaluate((s) => document.querySelector(s).textContent, selector);
    const inputValue = (selector) => browser.evaluate((s) => document.querySelector(s).value, selector);
    const targetYear = () => attribute('[data-testid="target-year"]', 'data-value');

    /** Waits (3 s at most) until the URL's `key` reads `expected`, then checks it. */
    async function expectParam(key, expected) {
      const param = (k) => new URL(location.href).searchParams.get(k);
      await browser
        .waitFor((k, v) => new URL(location.href).searchParams.get(k) === v, [key, expected], 3000)
        .catch(() => {});
      assert.equal(await browser.evaluate(param, key), expected, `URL parameter ${key}`);
    }

    /** Waits until the target year reads `expected` (the app answers on the next frames). */
    async function expectTargetYear(expected) {
      await browser
        .waitFor((v) => document.querySelector('[data-testid="target-year"]').dataset.value === v, [expected], 3000)
        .catch(() => {});
      assert.equal(await targetYear(), expected, 'target year');
    }

    /** Sets the growth slider as a drag does: its value, then an `input` event. */
    const slide = (v) =>
      browser.evaluate(
        (s, value) => {
          const el = document.querySelector(s);
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
        SLIDER,
        String(v),
      );

    /**
     * Fails on what the probe recorded in the page and its frames, and on the chart
     * painter's warnings (a drawing it failed, a worker it lost); reports other warnings.
     */
    async function expectNoProblems(t) {
      const { problems, warnings } = await browser.evaluate(() => {
        const windows = [window, ...Array.from(document.querySelectorAll('iframe'), (f) => f.contentWindow)];
        const probes = windows.map((w) => w?.__probe).filter(Boolean);
        return { problems: probes.flatMap((p) => p.problems), warnings: probes.flatMap((p) => p.warnings) };
      });
      for (const w of warnings) t.diagnostic(`console.warn: ${w}`);
      assert.deepEqual(problems, [], 'no console error, uncaught exception or request to another origin');
      const painter = warnings.filter((w) => /^chart (not painted|painter stopped)/.test(w));
      assert.deepEqual(painter, [], 'the chart painter paints every drawing it is sent');
    }

    check('loads: mounts, paints the chart and gives the default answer', async (t) => {
      await openApp();
      assert.equal(await targetYear(), '2026');
      const headline = /^At 28% a year, turnover reaches \$1\sbillion in 2026\.$/;
      assert.match(await text('[data-testid="target-year"]'), headline);
      assert.equal(await inputValue(SLIDER), '28');
      const size = await browser.evaluate((s) => {
        const canvas = document.querySelector(s);
        return [canvas.width, canvas.clientWidth];
      }, CHART);
      assert.ok(size.every((n) => n > 0), `the chart canvas has a size (${size})`);
      await expectNoProblems(t);
    });

    check('follows the growth slider (keys and drag) and the number field', async (t) => {
      await openApp();
      await browser.keys(SLIDER, 'ArrowRight');
      assert.equal(await inputValue(SLIDER), '28.5', 'ArrowRight moves one step (0.5)');
      await new Promise((r) => setTimeout(r, 200));
      await expectParam('growth', '28.5');
      assert.equal(await attribute(SLIDER, 'aria-valuetext'), '28.5% a year');
      assert.match(await text('[data-testid="target-year"]'), /^At 28\.5% a year, .* in 2026\.$/);

      // 892.5 × 1.05³ ≥ 1000 > 892.5 × 1.05²: reached in 2028.
      await slide(5);
      await expectTargetYear('2028');
      await expectParam('growth', '5');

      // 892.5 × 1.12 = 999.6 < 1000 ≤ 892.5 × 1.12²: reached in 2027.
      await browser.evaluate((s) => {
        const el = document.querySelector(s);
        el.focus();
        el.select();
      }, NUMBER);
      await browser.keys(NUMBER, '12', 'Enter');
      await expectTargetYear('2027');
      await expectParam('growth', '12');
      assert.equal(await inputValue(SLIDER), '12', 'the slider follows the number field');
      await expectNoProblems(t);
    });

    check('repaints the chart when the growth changes', async (t) => {
      await openApp();
      const before = await browser.screenshot(CHART);
      assert.equal(await browser.screenshot(CHART), before, 'two screenshots without a change are the same');
      const painted = await browser.evaluate(() => window.__probe.painted);
      await slide(5);
      await browser.waitFor((n) => window.__probe.painted > n, [painted]);
      await chartSettled();
      assert.notEqual(await browser.screenshot(CHART), before, 'the chart looks different at 5% a year');
      await expectNoProblems(t);
    });

    check('offers the data as CSV, and the chart as SVG and PNG', async (t) => {
      await openApp();
      // The probe records each `<a download>` click (file name and head of the file)
      // instead of following it: the engines' download folders are not reachable alike.
      const expected = [
        ['csv', /\.csv$/, (head) => head.startsWith(CSV_HEADER)],
        ['svg', /\.svg$/, (head) => /^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(head)],
        ['png', /\.png$/, (head) => head.startsWith('\x89PNG\r\n\x1a\n')],
      ];
      for (const [kind, name, looksRight] of expected) {
        const count = await browser.evaluate(() => window.__probe.downloads.length);
        await browser.click(`[data-testid="download-${kind}"]`);
        await browser.waitFor((n) => window.__probe.downloads[n]?.head, [count]);
        const file = await browser.evaluate((n) => window.__probe.downloads[n], count);
        assert.match(file.name, name, `${kind}: file name`);
        assert.ok(looksRight(file.head), `${kind}: the file starts as it should: ${JSON.stringify(file.head)}`);
      }
      await expectNoProblems(t);
    });

    check("sizes the embed's iframe from the app's height messages", async (t) => {
      await browser.open(`${server.origin}/embed-example.html`);
      // The app in the frame is live and painted, and the host page has set the frame's
      // height to its content's.
      await browser.waitFor(
        () => {
          const frame = document.querySelector('#trade-outlook');
          const doc = frame.contentDocument;
          const main = doc?.querySelector('main');
          return (
            doc?.documentElement.hasAttribute('data-live') &&
            frame.contentWindow.__probe?.painted > 0 &&
            window.__probe.heights.length > 0 &&
            main &&
            Math.abs(frame.getBoundingClientRect().height - main.offsetHeight) <= 1
          );
        },
        [],
        20_000,
      );
      const { initial, now, content } = await browser.evaluate(() => {
        const frame = document.querySelector('#trade-outlook');
        return {
          initial: window.__probe.frameHeight,
          now: frame.getBoundingClientRect().height,
          content: frame.contentDocument.querySelector('main').offsetHeight,
        };
      });
      assert.ok(initial > 0, `the frame had a height before (${initial})`);
      assert.notEqual(now, initial, `the frame's height changed (${initial} → ${now}; content ${content})`);
      await expectNoProblems(t);
    });

    check('survives a hostile address and stored state it cannot read, and says what it ignored', async (t) => {
      await openApp();
      // Pins stored by an unknown or broken version: never offered, never a failure.
      await browser.evaluate(() => localStorage.setItem('trade-outlook:pins', '\u0000{garbage'));
      const hostile = `?growth=1e400&series=${'x'.repeat(2000)}&base=%ZZ&target=-5&lang=<b>&title=<img src=x onerror=alert(1)>`;
      await openApp(hostile);
      const growth = Number(await inputValue(SLIDER));
      assert.ok(growth >= -20 && growth <= 40, `the growth clamped into the slider's range (${growth})`);
      assert.ok(await targetYear(), 'the answer is shown');
      assert.ok(await browser.evaluate(() => !!document.querySelector('[data-testid="url-notice"]')), 'a notice names what was ignored');
      assert.equal(await browser.evaluate(() => document.querySelector('img[src="x"]')), null, 'no markup from the address');
      assert.equal(await browser.evaluate(() => document.querySelector('[data-testid="restore-offer"]')), null);
      await browser.evaluate(() => localStorage.removeItem('trade-outlook:pins'));
      await expectNoProblems(t);
    });

    check('switches the language to Russian', async (t) => {
      await openApp();
      await browser.evaluate(() => {
        const select = document.querySelector('[data-testid="language-select"]');
        select.value = 'ru';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await browser
        .waitFor(
          (title) => document.documentElement.lang === 'ru' && document.querySelector('h1')?.textContent === title,
          [DATA.title.ru],
        )
        .catch(() => {});
      assert.equal(await browser.evaluate(() => document.documentElement.lang), 'ru');
      assert.equal(await text('h1'), DATA.title.ru);
      await expectParam('lang', 'ru');
      assert.equal(await targetYear(), '2026', 'the same answer');
      await expectNoProblems(t);
    });

    check('shows the Russian page in Russian, saying so, when the app cannot start', async (t) => {
      // The .wasm served empty: the app cannot start.
      const broken = await serveWithProbe({ [`/${versionedFile(DIST, 'trade-outlook_bg.wasm')}`]: '/dev/null' });
      try {
        await browser.open(`${broken.origin}/ru/?growth=30`);
        await browser.waitFor(() => document.documentElement.hasAttribute('data-start-failed'), [], 10_000);
        const shown = await browser.evaluate(() => ({
          lang: document.documentElement.lang,
          text: document.body.innerText,
          value: [...document.querySelectorAll('#first-view [data-testid="target-year"]')]
            .find((p) => p.getClientRects().length > 0)?.dataset.value,
        }));
        assert.equal(shown.lang, 'ru');
        assert.ok(shown.text.includes(DATA.title.ru), 'the title in Russian');
        const notice = /^app\.start_failed_link = (.*)$/m.exec(MESSAGES_RU)[1];
        assert.ok(shown.text.includes(notice), 'the notice in Russian');
        assert.equal(shown.value, '2026', 'the default view, labelled as the default');
        const problems = (await browser.evaluate(() => window.__probe.problems)).filter((p) => !/wasm|WebAssembly|module/i.test(p));
        assert.deepEqual(problems, [], t.name);
      } finally {
        await broken.close();
      }
    });
  });
}
