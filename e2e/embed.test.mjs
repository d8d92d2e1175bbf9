// Browser tests of embedding and sharing: the host page, height messages, snippets,
// themes, the title override, and the strict Content-Security-Policy of
// deploy/nginx.conf (served by nginx, e2e/nginx.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartPixels, chartSettled, countChartPixels, ready, slide, useApp, value } from './harness.mjs';
import { serveNginx } from './nginx.mjs';

const withApp = useApp({ before, after }, serveNginx);

/** Records the height messages the host page receives. */
function recordHeights(page) {
  return page.addInitScript(() => {
    window.__heights = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'trade-outlook:height') window.__heights.push(e.data);
    });
  });
}

/** The iframe's height and its content's height once they agree. */
async function settledHeights(page) {
  const frame = page.frameLocator('#trade-outlook');
  // The app has taken over from the prerendered first view.
  await frame.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const f = document.querySelector('#trade-outlook');
    const main = f.contentDocument?.querySelector('main');
    return main && Math.abs(f.getBoundingClientRect().height - main.offsetHeight) <= 1;
  });
  return page.evaluate(() => {
    const f = document.querySelector('#trade-outlook');
    const doc = f.contentDocument;
    return {
      iframe: f.getBoundingClientRect().height,
      content: doc.querySelector('main').offsetHeight,
      overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
    };
  });
}

describe('embedding and sharing (served by nginx under its strict CSP)', () => {
  for (const width of [360, 1200]) {
    it(`the host page's iframe follows the content height at ${width} px`, async () => {
      await withApp(
        'embed-example.html',
        async (page) => {
          const first = await settledHeights(page);
          assert.ok(first.overflow <= 0, `no horizontal scroll in the embed (${first.overflow})`);
          const messages = await page.evaluate(() => window.__heights);
          assert.ok(messages.length >= 1);
          for (const m of messages) assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
          const frame = page.frameLocator('#trade-outlook');
          assert.equal(await frame.locator('h1').count(), 0, 'no page header in the embed');
          assert.equal(await frame.locator('[data-testid="trade-chart"]').count(), 1);
          assert.match(await frame.locator('.source-line').first().textContent(), /Source:/);
          // Opening the scenario settings makes the content taller: the iframe follows.
          await frame.locator('[data-testid="settings-toggle"]').click();
          await frame.locator('[data-testid="series-select"]').waitFor();
          const opened = await settledHeights(page);
          assert.ok(opened.iframe > first.iframe, `${opened.iframe} > ${first.iframe}`);
        },
        { viewport: { width, height: 900 }, beforeGoto: recordHeights },
      );
    });
  }

  it('the iframe grows when the host narrows it', async () => {
    await withApp(
      'embed-example.html',
      async (page) => {
        const wide = await settledHeights(page);
        await page.setViewportSize({ width: 360, height: 900 });
        await page.waitForFunction(
          (h) => document.querySelector('#trade-outlook').getBoundingClientRect().height > h,
          wide.iframe,
        );
        const narrow = await settledHeights(page);
        assert.ok(narrow.iframe > wide.iframe);
      },
      { viewport: { width: 1200, height: 900 } },
    );
  });

  it('the embed snippet and the copied link reproduce the scenario', async () => {
    await withApp(
      '',
      async (page) => {
        await page.focus('[data-testid="growth-slider"]');
        await page.keyboard.press('End');
        await page.click('[data-testid="open-embed"]');
        const snippet = await page.inputValue('[data-testid="embed-snippet"]');
        // The embed keeps the language its author sees.
        assert.match(snippet, /<iframe src="[^"]*\?embed=1&amp;growth=40&amp;lang=en"/);
        assert.match(snippet, /height:760px/);
        await page.fill('[data-testid="embed-height"]', '900');
        await page.press('[data-testid="embed-height"]', 'Enter');
        assert.match(await page.inputValue('[data-testid="embed-snippet"]'), /height:900px/);
        await page.click('[data-testid="copy-embed"]');
        await page.waitForFunction(() => document.querySelector('[data-testid="share-status"]').textContent !== '');
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet.replace('760', '900'));
        await page.keyboard.press('Escape');

        await page.click('[data-testid="copy-link"]');
        await page.waitForFunction(() => /copied/.test(document.querySelector('[data-testid="share-status"]').textContent));
        const link = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(link, await page.inputValue('[data-testid="share-link"]'));
        assert.match(link, /\?growth=40$/);

        const src = snippet.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
        for (const url of [src, link]) {
          await page.goto(url);
          await ready(page);
          assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '40');
          assert.equal(await value(page, 'target-year'), '2026');
        }
        assert.equal(await page.locator('h1').count(), 1, 'the copied link opens the full view');
        await page.goto(src);
        await ready(page);
        const full = await page.getAttribute('[data-testid="full-view"]', 'href');
        assert.match(full, /\?growth=40&lang=en$/, 'open full view keeps the scenario and language, drops embed');
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('follows the dark theme, the system theme for auto, and transparency', async () => {
    const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const corner = (page) => countChartPixels(page, (d, w) => Array.from(d.slice(4 * (w + 1), 4 * (w + 2))));
    await withApp('?theme=dark', async (page) => {
      assert.equal(await background(page), 'rgb(22, 24, 29)');
      assert.deepEqual(await corner(page), [22, 24, 29, 255]);
    });
    await withApp('?theme=auto', async (page) => {
      assert.equal(await background(page), 'rgb(22, 24, 29)');
    }, { colorScheme: 'dark' });
    await withApp('?theme=auto', async (page) => {
      assert.equal(await background(page), 'rgb(255, 255, 255)');
      assert.deepEqual(await corner(page), [255, 255, 255, 255]);
    }, { colorScheme: 'light' });
    await withApp('?embed=1&transparent=1', async (page) => {
      assert.equal(await background(page), 'rgba(0, 0, 0, 0)');
      assert.equal((await corner(page))[3], 0, 'the chart leaves its background unpainted');
      // Unpainted is not uncleared: a redraw must not leave the earlier lines behind.
      await slide(page, 40);
      await chartSettled(page);
      await slide(page, -20);
      const redrawn = await chartPixels(page);
      await page.goto(new URL('?embed=1&transparent=1&growth=-20', page.url()).href);
      await ready(page);
      assert.equal(await chartPixels(page), redrawn, 'the same pixels as a fresh drawing of -20%');
    });
  });

  it('runs with the policy in force (an inline style is refused, the app still works)', async () => {
    await withApp('', async (page) => {
      const refused = await page.evaluate(
        () =>
          new Promise((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
            const probe = document.createElement('div');
            probe.setAttribute('style', 'color: red');
            document.body.append(probe);
            setTimeout(() => resolve(null), 500);
          }),
      );
      assert.match(refused ?? '', /style-src/);
      await page.focus('[data-testid="growth-slider"]');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '28.5');
      const shade = await page.$eval('.rate-shade', (s) => [s.style.left, s.style.right]);
      assert.ok(shade.every((x) => x.startsWith('calc(')), `the track shading is set through the CSSOM: ${shade}`);
    }, { expectProblem: /^console: Applying inline style violates/ });
  });

  it('shows a title from the URL as plain text', async () => {
    const title = '<img src=x onerror=alert(1)>Trade & targets';
    await withApp(`?embed=1&title=${encodeURIComponent(title)}`, async (page) => {
      assert.equal(await page.textContent('.chart-title'), title);
      assert.equal(await page.locator('img').count(), 0);
    });
  });
});
