// Languages: chosen by `lang=`, else the browser's language, else English; the
// switcher; every text of the page (and of the downloads) in the language; locale
// number formats; a missing translation file falls back to English with a notice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chartPixels, expectParam, messages, nextFrame, openSettings, ready, useApp } from './harness.mjs';

const withApp = useApp({ before, after });

const EN = messages('en');
/** The default data file: its texts (title, series, notes, facts) in each language. */
const DATA = JSON.parse(readFileSync(new URL('../data/belarus-uzbekistan.json', import.meta.url), 'utf8'));

/** Every `{en, ru, uz, be}` text of the data file, as the objects themselves. */
function dataTexts(value) {
  if (value === null || typeof value !== 'object') return [];
  if (typeof value.en === 'string') return [value];
  return Object.values(value).flatMap(dataTexts);
}

/** The data file's title in a language, as the page shows it in `<h1>` and the tab. */
const title = (code) => DATA.title[code];
/** The name of the data file's first series (the Uzbek statistics) in a language. */
const seriesName = (code) => DATA.series[0].name[code];

/** English texts that must not show on a translated page: the app's sentences and labels,
 * and the data file's. */
const ENGLISH_ONLY = [
  ...[...EN].filter(([key]) => !key.startsWith('number.') && !key.startsWith('money.')).map(([, text]) => text),
  // The data file's texts that each language writes otherwise (a source's title is in
  // its document's language; a name such as "news.ati.su; ecopress.by" is the same in all).
  ...dataTexts(DATA)
    .filter((text) => ['ru', 'uz', 'be'].every((code) => text[code] && text[code] !== text.en))
    .map((text) => text.en),
]
  .flatMap((text) => text.split(/\{[a-z_]+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 12);

/** The page's visible text once the sections below the chart are there. */
async function pageText(page) {
  await page.waitForSelector('[data-testid="key-facts"]');
  await nextFrame(page);
  return page.evaluate(() => document.body.innerText);
}

describe('languages', () => {
  for (const code of ['ru', 'uz', 'be']) {
    it(`lang=${code} renders the whole page in that language, with no English left`, async () => {
      const t = messages(code);
      const requested = [];
      const countRequests = (page) => page.on('request', (req) => requested.push(new URL(req.url()).pathname));
      await withApp(`?lang=${code}&growth=12.5`, async (page) => {
        // Preloaded by first-view.js beside the .wasm, and that one request used by the app.
        assert.deepEqual(requested.filter((path) => path.startsWith('/locales/')), [`/locales/${code}.txt`]);
        assert.equal(await page.getAttribute('html', 'lang'), code);
        assert.equal(await page.title(), t.get('app.document_title').replace('{title}', title(code)));
        assert.equal(await page.textContent('h1'), title(code));
        const text = await pageText(page);
        const left = ENGLISH_ONLY.filter((english) => text.includes(english));
        assert.deepEqual(left, [], 'English texts on the page');
        assert.ok(text.includes(t.get('facts.heading')) && text.includes(DATA.why_differ[code]));
        assert.ok(text.includes(seriesName(code)), 'data text translated');
        // Numbers in the language's style: 12,5 % (ru, be) or 12,5% (uz).
        const rate = t.get('number.percent').replace('{n}', '12,5');
        assert.ok((await page.textContent('[data-testid="target-year"]')).includes(rate));
        assert.equal(await page.getAttribute('[data-testid="target-year"]', 'data-value'), '2026');
        const aria = await page.getAttribute('[data-testid="trade-chart"]', 'aria-label');
        assert.ok(aria.startsWith(seriesName(code)), aria);
        await expectParam(page, 'lang', code);
      }, { beforeGoto: countRequests });
    });
  }

  it('says a decline as a decline: ?lang=ru&growth=-5, and no change at 0', async () => {
    const ru = messages('ru');
    await withApp('?lang=ru&growth=-5', async (page) => {
      const answer = await page.textContent('[data-testid="target-year"]');
      const decline = ru.get('rates.same_decline').replace('{rate}', ru.get('number.percent').replace('{n}', '5'));
      assert.ok(answer.startsWith(decline), answer);
      const text = await pageText(page);
      assert.ok(!/росте на -|росте на −/.test(text), 'no growth of a negative rate');
      // The slider moved to 0 by keyboard: the sentence follows.
      await page.fill('[data-testid="growth-slider-number"]', '0');
      await page.press('[data-testid="growth-slider-number"]', 'Enter');
      await page.waitForFunction(
        (flat) => document.querySelector('[data-testid="target-year"]').textContent.startsWith(flat),
        ru.get('rates.same_flat'),
      );
    });
  });

  it('follows the browser language when the link names none, and keeps it out of the URL', async () => {
    const be = messages('be');
    await withApp('?growth=20', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'be');
      assert.equal(await page.textContent('h1'), title('be'));
      assert.equal(await page.inputValue('[data-testid="language-select"]'), 'be');
      await page.fill('[data-testid="growth-slider-number"]', '21');
      await page.press('[data-testid="growth-slider-number"]', 'Enter');
      await expectParam(page, 'growth', '21');
      await expectParam(page, 'lang', null);
    }, { locale: 'be-BY' });
    await withApp('', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    }, { locale: 'de-DE' });
  });

  it('switches language in place: scenario, pins and view kept; URL, links and chart follow', async () => {
    const ru = messages('ru');
    await withApp('?growth=20&pin=name:Slow,growth:5', async (page) => {
      const before = await chartPixels(page);
      const sentBefore = await page.evaluate(() => window.__painter.texts.length);
      await page.click('[data-testid="tab-table"]');
      await page.selectOption('[data-testid="language-select"]', 'ru');
      await page.waitForFunction(() => document.documentElement.lang === 'ru');
      assert.equal(await page.textContent('h1'), title('ru'));
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '20');
      assert.ok(await page.isVisible('[data-testid="data-table"]'), 'the table view stays');
      const header = await page.textContent('[data-testid="data-table"] thead');
      assert.ok(header.includes(ru.get('table.change')), header);
      assert.ok((await page.textContent('[data-testid="data-table"] tbody')).includes('\u00a0'), 'grouped digits');
      await page.click('[data-testid="tab-chart"]');
      await nextFrame(page);
      assert.notEqual(await chartPixels(page), before, 'the chart is redrawn');
      // …in Russian: the drawings sent since then carry the Russian legend, not the English.
      const drawn = (await page.evaluate(() => window.__painter.texts)).slice(sentBefore).join('\0');
      assert.ok(drawn.includes(ru.get('chart.turnover')) && drawn.includes(DATA.flows.a_to_b.name.ru), 'Russian legend');
      assert.ok(!drawn.includes(`\0${EN.get('chart.turnover')}\0`) && !drawn.includes(DATA.flows.a_to_b.name.en), 'no English legend');
      await expectParam(page, 'lang', 'ru');
      await expectParam(page, 'pin', 'name:Slow,growth:5');
      await page.waitForSelector('[data-testid="pins-table"]');
      const link = await page.inputValue('[data-testid="share-link"]');
      // The Russian page: a shared link previews in Russian.
      assert.ok(link.endsWith('/ru/?growth=20&pin=name:Slow,growth:5'), link);
      await page.click('[data-testid="open-embed"]');
      const snippet = await page.inputValue('[data-testid="embed-snippet"]');
      assert.ok(snippet.includes('lang=ru') && snippet.includes(`title="${DATA.share_title.ru}"`), snippet);
      await page.keyboard.press('Escape');
      await page.selectOption('[data-testid="language-select"]', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.textContent('h1'), title('en'));
      await expectParam(page, 'lang', 'en');
    });
  });

  it('keeps what the reader typed, opened and chose when the page changes language', async () => {
    await withApp('?growth=20', async (page) => {
      // Pins of an earlier visit are offered; the reader dismisses the offer.
      await page.evaluate(() => localStorage.setItem('trade-outlook:pins', 'trade-outlook pins v1\nname:Old,growth:3'));
      await page.reload();
      await ready(page);
      await page.click('[data-testid="restore-offer"] button:last-child');
      await page.fill('[data-testid="pin-name"]', 'Half-typed name');
      await page.click('[data-testid="tab-table"]');
      await page.click('[data-testid="sort-year"]');
      await page.click('[data-testid="open-embed"]');
      await page.fill('[data-testid="embed-height"]', '900');
      await page.press('[data-testid="embed-height"]', 'Enter');
      await page.keyboard.press('Escape');
      await openSettings(page);

      await page.focus('[data-testid="language-select"]');
      await page.selectOption('[data-testid="language-select"]', 'ru');
      await page.waitForFunction(() => document.documentElement.lang === 'ru');
      assert.equal(await page.inputValue('[data-testid="pin-name"]'), 'Half-typed name');
      assert.equal(await page.$('[data-testid="restore-offer"]'), null, 'the dismissed offer stays dismissed');
      assert.equal(await page.getAttribute('[data-testid="data-table"] th[aria-sort]', 'aria-sort'), 'descending');
      assert.ok(await page.isVisible('[data-testid="data-table"]'), 'the table view stays');
      assert.equal(await page.getAttribute('[data-testid="settings"]', 'open'), '', 'the settings stay open');
      await page.click('[data-testid="open-embed"]');
      assert.match(await page.inputValue('[data-testid="embed-snippet"]'), /height:900px/);
      await page.keyboard.press('Escape');
      await page.focus('[data-testid="language-select"]');
      await page.selectOption('[data-testid="language-select"]', 'be');
      await page.waitForFunction(() => document.documentElement.lang === 'be');
      assert.equal(
        await page.evaluate(() => document.activeElement?.dataset.testid),
        'language-select',
        'the focus stays on the switcher',
      );
    });
  });

  it('draws and downloads in the language; the CSV stays machine-readable', async () => {
    const uz = messages('uz');
    await withApp('?lang=uz', async (page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-svg"]')]);
      const svg = await readFile(await download.path(), 'utf8');
      const heading = DATA.download_title.uz.replace('{series}', seriesName('uz'));
      assert.ok(svg.includes(heading), 'translated title');
      assert.ok(svg.includes(uz.get('chart.turnover')), 'translated legend');
      assert.ok(/>\s*1\u00a0000\s*</.test(svg), 'axis numbers grouped the Uzbek way');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
      const text = await readFile(await csv.path(), 'utf8');
      assert.ok(text.startsWith('year,exports,imports,turnover,kind,point_kind,source'));
      assert.ok(text.includes('\n2024,,,714.0,actual,reported,'), 'dot decimals, English codes');
    });
  });

  it('names an unknown language in the notice and falls back to English with a notice when a file is missing', async () => {
    await withApp('?lang=xx&growth=20', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.ok((await page.textContent('[data-testid="url-notice"]')).includes('lang=xx'));
      await expectParam(page, 'lang', null);
      await expectParam(page, 'growth', '20');
    }, { locale: 'en-US' });
    await withApp('?lang=be', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), title('en'));
      assert.equal(await page.textContent('[data-testid="translation-notice"] span'), EN.get('app.translation_failed'));
      await page.selectOption('[data-testid="language-select"]', 'be');
      await page.waitForFunction(() => document.querySelector('[data-testid="language-select"]').value === 'en');
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'still English, and the switcher says so');
      await page.selectOption('[data-testid="language-select"]', 'ru');
      await page.waitForFunction(() => document.documentElement.lang === 'ru');
      assert.equal(await page.isVisible('[data-testid="translation-notice"]'), false);
    }, {
      expectProblem: /404/,
      beforeGoto: (page) => page.route('**/locales/be.txt', (route) => route.fulfill({ status: 404, body: '' })),
    });
    // A host that answers every path with its own page: not a message file, so English.
    await withApp('?lang=uz', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.ok(await page.isVisible('[data-testid="translation-notice"]'));
    }, {
      beforeGoto: (page) =>
        page.route('**/locales/uz.txt', (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang=en><meta charset=utf-8><p>Not found</p>' })),
    });
  });
});
