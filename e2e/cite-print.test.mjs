// Browser tests of citing and printing a view (issue 27), served by nginx: the Cite
// dialog, one printed page, and "figures as of" on the page and in the downloads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editedData, launch, openPage, ready, serveDist, useApp } from './harness.mjs';
import { serveNginx } from './nginx.mjs';

const withApp = useApp({ before, after }, serveNginx);
const DIST = new URL('../dist/', import.meta.url).pathname;

/** The pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** What a printed page shows: the text of the page under print media, and the buttons
 *  and form controls still displayed. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ({
    text: document.body.innerText,
    controls: [...document.querySelectorAll('button, input, select, textarea, dialog[open]')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => e.outerHTML.slice(0, 60)),
    chart: document.querySelector('[data-testid="print-chart"] svg')?.getBoundingClientRect().width ?? 0,
  }));
  await page.emulateMedia({ media: 'screen' });
  return shown;
}

describe('a view is cited and printed', () => {
  it('the page and the embed say how current the figures are', async () => {
    for (const query of ['', '?lang=ru', '?embed=1']) {
      await withApp(query, async (page) => {
        const asOf = await page.textContent('[data-testid="as-of"]');
        assert.match(asOf, query === '?lang=ru' ? /по состоянию на 4 декабря 2026/ : /Figures as of 4 December 2026/);
        if (query === '') {
          assert.match(await page.textContent('[data-testid="sources-as-of"]'), /Figures as of 4 December 2026/);
          assert.match(await page.textContent('.notes .sources'), /read 4 December 2026/);
        }
      });
    }
  });

  it('Cite opens the citation of this view, copies it and closes with Escape', async () => {
    await withApp(
      '?lang=ru&growth=12',
      async (page) => {
        await page.focus('[data-testid="open-cite"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="cite-dialog"][open]');
        const text = await page.inputValue('[data-testid="cite-text"]');
        assert.match(text, /^Товарооборот Беларуси и Узбекистана/);
        assert.match(text, /Данные по состоянию на 4 декабря 2026/);
        assert.match(text, /Прогноз при росте 12\u00a0% в год/);
        assert.match(text, /\/ru\/\?growth=12 \(дата обращения: /);
        const bibtex = await page.inputValue('[data-testid="cite-bibtex"]');
        assert.match(bibtex, /^@misc\{tradeoutlook-\d{4}-\d{2}-\d{2},/);
        assert.match(bibtex, /url = \{http:\/\/127\.0\.0\.1:\d+\/ru\/\?growth=12\}/);
        await page.click('[data-testid="copy-cite"]');
        await page.waitForFunction(() => document.querySelector('[data-testid="cite-status"]').textContent !== '');
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
        await page.click('[data-testid="copy-bibtex"]');
        await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('@misc'));
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-testid="cite-dialog"]:not([open])', { state: 'attached' });
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'open-cite', 'focus returns to Cite');
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  for (const query of ['', '?lang=ru&theme=dark', '?embed=1']) {
    it(`prints on one page that stands on its own (${query || 'default'})`, async () => {
      await withApp(query, async (page) => {
        await page.waitForSelector('[data-testid="print-chart"] svg', { state: 'attached' });
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdfPages(pdf), 1, 'one A4 page');
        const letter = await page.pdf({ format: 'Letter' });
        assert.equal(pdfPages(letter), 1, 'one Letter page');
        const { text, controls, chart } = await printed(page);
        assert.deepEqual(controls, [], 'no button, field or dialog on paper');
        assert.ok(chart > 300, `the chart is on paper, drawn as SVG (${chart} px wide)`);
        const answer = (await page.textContent('[data-testid="target-year"]')).trim();
        assert.ok(text.includes(answer), 'the answer');
        const ru = query.includes('ru');
        assert.match(text, ru ? /Данные по состоянию на 4 декабря 2026/ : /Figures as of 4 December 2026/);
        assert.match(text, ru ? /Источник: / : /Source: /);
        assert.match(text, ru ? /Этот вид: http:\/\/127\.0\.0\.1:\d+\/ru\// : /This view: http:\/\/127\.0\.0\.1:\d+\//);
        assert.match(text, ru ? /Напечатано \d+ / : /Printed \d+ /);
        assert.match(text, ru ? /Прогноз при росте / : /Projection at /);
        for (const word of ru ? ['Копировать ссылку', 'Встроить'] : ['Copy link', 'Embed', 'Cite']) {
          assert.ok(!text.includes(word), `no button text on paper: ${word}`);
        }
        // Light on paper, whatever the theme.
        await page.emulateMedia({ media: 'print' });
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await page.emulateMedia({ media: 'screen' });
        assert.equal(background, 'rgb(255, 255, 255)');
      });
    });
  }

  it('prints the view as it is when printing starts, even within the pause after a change', async () => {
    await withApp('', async (page) => {
      await page.waitForSelector('[data-testid="print-chart"] svg', { state: 'attached' });
      const paper = () =>
        page.evaluate(() => ({
          chart: document.querySelector('[data-testid="print-chart"]').innerHTML,
          footer: document.querySelector('[data-testid="print-footer"]').textContent,
        }));
      const before = await paper();
      // A change, then printing at once: well inside the 700 ms the chart for paper and
      // the link wait for a pause (no timer of the page can fire in these 50 ms).
      await page.evaluate(async () => {
        const slider = document.querySelector('[data-testid="growth-slider"]');
        slider.value = '5';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        dispatchEvent(new Event('beforeprint'));
        await new Promise((r) => setTimeout(r, 50));
      });
      const printing = await paper();
      assert.notEqual(printing.chart, before.chart, 'the chart on paper is redrawn before printing');
      assert.match(printing.footer, /\?growth=5\b/, 'the link on paper is the view printed');
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepEqual(await paper(), printing, 'the same as once the reader has paused');
    });
  });

  it('the PNG and SVG downloads say how current the figures are', async () => {
    await withApp(
      '?growth=12.5',
      async (page) => {
        const save = async (id) => {
          const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
          return readFile(await download.path());
        };
        // The PNG is painted on the page: the words it draws are the words it holds.
        await page.evaluate(() => {
          window.__drawnText = [];
          const fill = CanvasRenderingContext2D.prototype.fillText;
          CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
            window.__drawnText.push(String(text));
            return fill.call(this, text, ...rest);
          };
        });
        await save('download-png');
        const drawn = (await page.evaluate(() => window.__drawnText)).join(' ');
        assert.match(drawn, /Figures as of 4 December 2026/);
        const svg = (await save('download-svg')).toString('utf8');
        const texts = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ');
        }, svg);
        assert.match(texts, /Figures as of 4 December 2026/);
      },
      { acceptDownloads: true },
    );
  });
});

describe('a data file whose dates cannot be shown', () => {
  it('gives no "as of" line rather than a wrong one, and the page still runs', async () => {
    const site = mkdtempSync(join(tmpdir(), 'trade-outlook-dates-'));
    cpSync(DIST, site, { recursive: true });
    for (const [name, edit] of [
      ['a future day', (d) => { d.figures_as_of = '2999-01-01'; }],
      ['no day', (d) => { d.figures_as_of = '4 December 2026'; d.sources[0].read = 'yesterday'; }],
      ['none', (d) => { delete d.figures_as_of; delete d.sources[0].read; }],
    ]) {
      writeFileSync(join(site, 'data', 'belarus-uzbekistan.json'), editedData(edit));
      const server = await serveDist({}, site);
      const browser = await launch();
      try {
        const { page, problems } = await openPage(browser, server.origin);
        await page.goto(`${server.origin}/`);
        await ready(page);
        assert.equal((await page.textContent('[data-testid="as-of"]')).trim(), '', name);
        assert.equal((await page.textContent('[data-testid="sources-as-of"]')).trim(), '', name);
        assert.ok(!(await page.textContent('[data-testid="target-year"]')).includes('could not'), name);
        assert.deepEqual(problems, [], name);
      } finally {
        await browser.close();
        await server.close();
      }
    }
    rmSync(site, { recursive: true, force: true });
  });
});
