// Every reader's first screen (issue 22): the prerendered first view in every language
// and theme before the .wasm has run; a link's own scenario never shown as the default's;
// never a blank page when the app cannot start; a page per language for crawlers, link
// previews and readers without JavaScript; the embed keeping its author's language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP, expectSteadyLayout, launch, messages, openWithWasm, ready, serveDist } from './harness.mjs';

const DATA = JSON.parse(readFileSync(new URL('../data/belarus-uzbekistan.json', import.meta.url), 'utf8'));
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

let server;
let browser;
before(async () => {
  server = await serveDist({ 'content-security-policy': CSP }, undefined, {
    // An article embedding the dark, Russian app (the example article, its iframe changed).
    html: (text) => text.replace('src="./?embed=1"', 'src="./?embed=1&theme=dark&lang=ru"'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` with `options` (`wasm`: 'load', 'hold' or 'block', as `openWithWasm`);
 * `noWasm` opens it as a browser without WebAssembly. The page records the embed's height
 * messages it receives (`__heights`).
 */
function open(path, { noWasm = false, ...options } = {}) {
  return openWithWasm(browser, server.origin, path, {
    ...options,
    beforeGoto: async (page) => {
      if (noWasm) await page.addInitScript(() => delete window.WebAssembly);
      await page.addInitScript(() => {
        window.__heights = [];
        addEventListener('message', (e) => e.data?.type === 'trade-outlook:height' && window.__heights.push(e.data.height));
      });
    },
  });
}

/** The first view shown (the one of `<html lang>`), its language, and what it shows. */
function shownFirstView(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('#first-view > main')].filter((m) => getComputedStyle(m).display !== 'none');
    const visible = (el) => el && getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0;
    const [view] = shown;
    const answer = view?.querySelector('[data-testid="target-year"]');
    const drawing = [...(view?.querySelectorAll('.first-chart-drawing') ?? [])].find((svg) => getComputedStyle(svg).display !== 'none');
    const box = view?.querySelector('[data-testid="trade-chart"]').getBoundingClientRect();
    return {
      count: shown.length,
      lang: view?.getAttribute('data-first-lang'),
      answer: visible(answer) ? answer.textContent : null,
      value: answer?.getAttribute('data-value'),
      chart: visible(drawing),
      chartBox: box && { top: box.top, bottom: box.bottom, height: box.height },
      loading: visible(view?.querySelector('.first-loading')),
      title: visible(view?.querySelector('h1')) ? view.querySelector('h1').textContent : null,
      background: getComputedStyle(document.body).backgroundColor,
      chartBackground: drawing && getComputedStyle(drawing.querySelector('rect')).fill,
    };
  });
}

/** The text a reader sees on the page (hidden text left out). */
const visibleText = (page) => page.evaluate(() => document.body.innerText.trim());

const ANSWER = {
  en: /At 28% a year, turnover reaches \$1\u00a0billion in 2026\./,
  ru: /При росте на 28\u00a0% в год товарооборот достигнет \$1\u00a0млрд в 2026 году\./,
  uz: /tovar aylanmasi 2026-yilda \$1\u00a0mlrd miqdoriga yetadi\./,
  be: /тавараабарот дасягне \$1\u00a0млрд у 2026 годзе\./,
};

describe('the first view', () => {
  const CASES = [
    ['lang=ru', '?lang=ru', {}, 'ru'],
    ['lang=uz', '?lang=uz', {}, 'uz'],
    ['lang=be', '?lang=be', {}, 'be'],
    ['a Russian browser', '', { locale: 'ru-RU' }, 'ru'],
    ['an Uzbek browser', '', { locale: 'uz-Latn-UZ' }, 'uz'],
    ['a Belarusian browser', '', { locale: 'be-BY' }, 'be'],
    ['the dark theme', '?theme=dark', {}, 'en'],
    ['the dark theme of the system', '?theme=auto', { colorScheme: 'dark' }, 'en'],
    ['an embed in Russian', '?embed=1&lang=ru', { viewport: { width: 700, height: 620 } }, 'ru'],
    ['the Russian page', 'ru/', {}, 'ru'],
    ['a Russian phone', '?lang=ru', { viewport: PHONE, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, 'ru'],
  ];
  for (const [what, path, options, lang] of CASES) {
    it(`shows the answer and the chart before the app runs, and hands over without a shift, for ${what}`, async () => {
      const viewport = options.viewport ?? DESKTOP;
      const { page, problems, close, release } = await open(path, { viewport, wasm: 'hold', ...options });
      try {
        const first = await shownFirstView(page);
        assert.equal(first.count, 1, 'one first view shown');
        assert.equal(first.lang, lang);
        assert.equal(first.value, '2026');
        assert.ok(first.chart, 'the drawing is visible');
        assert.ok(first.chartBox.top >= 0 && first.chartBox.bottom <= viewport.height, `the chart in the first screen: ${JSON.stringify(first.chartBox)}`);
        assert.ok(first.answer, 'the answer is visible');
        assert.match(first.answer, ANSWER[lang]);
        const dark = what.includes('dark') || path.includes('theme=dark');
        if (dark) {
          assert.equal(first.background, 'rgb(22, 24, 29)', 'the page is dark from the first paint');
          assert.equal(first.chartBackground, 'rgb(22, 24, 29)', 'and so is the drawing');
        }
        const box = await page.evaluate(() => {
          const r = document.querySelector(`#first-view > main[data-first-lang="${document.documentElement.lang}"] [data-testid="trade-chart"]`).getBoundingClientRect();
          return [r.top, r.left, r.width, r.height].map(Math.round);
        });
        release();
        await ready(page);
        await page.waitForSelector('html[data-live]');
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getAttribute('[data-testid="target-year"]', 'data-value'), first.value, 'the same answer as the app');
        const live = await page.evaluate(() => {
          const r = document.querySelector('#app [data-testid="trade-chart"]').getBoundingClientRect();
          return [r.top, r.left, r.width, r.height].map(Math.round);
        });
        assert.deepEqual(live, box, 'the live chart takes the first view\'s place');
        await expectSteadyLayout(page);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }

  it('shows a link\'s own scenario as loading, never the default answer, until the app has computed it', async () => {
    const { page, problems, close, release } = await open('?growth=30&series=by&lang=ru', { viewport: DESKTOP, wasm: 'hold' });
    try {
      const first = await shownFirstView(page);
      assert.equal(first.lang, 'ru');
      assert.equal(first.answer, null, 'no default answer');
      assert.equal(first.chart, false, 'no default chart');
      assert.ok(first.loading, 'the loading line');
      assert.equal(first.title, DATA.title.ru);
      assert.ok(first.chartBox.height > 200, `the chart's box at its size (${first.chartBox.height} px)`);
      assert.match(await visibleText(page), new RegExp(messages('ru').get('app.loading_scenario')));
      release();
      await ready(page);
      await page.waitForSelector('html[data-live]');
      assert.equal(await page.inputValue('[data-testid="growth-slider"]'), '30');
      await expectSteadyLayout(page);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  for (const [what, path, options, lang] of [
    ['a link with a scenario, in Russian', '?growth=30&lang=ru', {}, 'ru'],
    ['an Uzbek browser', '', { locale: 'uz-UZ' }, 'uz'],
    ['an old browser without WebAssembly', '?lang=be', { noWasm: true }, 'be'],
  ]) {
    it(`is never blank when the app cannot start: ${what}`, async () => {
      const { page, close } = await open(path, { viewport: DESKTOP, wasm: 'block', ...options });
      try {
        await page.waitForSelector('html[data-start-failed]');
        const first = await shownFirstView(page);
        assert.equal(first.lang, lang);
        assert.equal(first.title, DATA.title[lang], 'the title in the reader\'s language');
        const text = await visibleText(page);
        const scenario = path.includes('growth');
        const notice = messages(lang).get(scenario ? 'app.start_failed_link' : 'app.start_failed');
        assert.ok(text.includes(notice), `the notice: ${notice}`);
        // The default scenario's view, labelled as such; never an answer for the link.
        assert.ok(first.answer, 'the default answer, labelled as the default');
        assert.equal(first.value, '2026');
        assert.ok(first.chart);
        assert.ok(!text.includes(messages(lang).get('app.loading_scenario')));
      } finally {
        await close();
      }
    });
  }

  it('is never blank in an embed whose app cannot start, and the host page gets its height', async () => {
    const { page, close } = await open('embed-example.html', { viewport: DESKTOP, wasm: 'block' });
    try {
      const frame = page.frameLocator('#trade-outlook');
      await frame.locator('html[data-start-failed]').waitFor({ state: 'attached' });
      const text = await frame.locator('body').innerText();
      assert.ok(text.includes(messages('ru').get('app.start_failed')), text);
      assert.ok(text.includes('2026'));
      await page.waitForFunction(() => window.__heights.length > 0);
      const [height] = await page.evaluate(() => window.__heights);
      assert.ok(height > 300, `height ${height}`);
      const iframe = await page.evaluate(() => document.getElementById('trade-outlook').getBoundingClientRect().height);
      assert.equal(Math.round(iframe), Math.ceil(height), 'the iframe takes the first view\'s height');
      const dark = await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
      assert.equal(dark, 'rgb(22, 24, 29)');
    } finally {
      await close();
    }
  });

  for (const [what, path, lang] of [
    ['an unknown language', '?lang=xx', 'en'],
    ['a bad theme', '?theme=purple', 'en'],
    ['a hostile title', `?title=${encodeURIComponent('<img src=x onerror=alert(1)>"><script>alert(2)</script>')}`, 'en'],
  ]) {
    it(`shows the default first view for ${what}, with nothing injected`, async () => {
      const { page, problems, close, release } = await open(path, { viewport: DESKTOP, wasm: 'hold' });
      try {
        const first = await shownFirstView(page);
        assert.equal(first.lang, lang);
        assert.ok(first.answer && first.chart);
        assert.equal(first.background, 'rgb(255, 255, 255)');
        assert.equal(await page.locator('img[src="x"], #first-view script').count(), 0);
        release();
        await ready(page);
        assert.equal(await page.locator('img[src="x"]').count(), 0);
        assert.deepEqual(problems.filter((p) => !/alert/.test(p)), []);
      } finally {
        await close();
      }
    });
  }
});

describe('the pages of each language', () => {
  const PAGES = { en: '', ru: 'ru/', uz: 'uz/', be: 'be/' };
  for (const [lang, path] of Object.entries(PAGES)) {
    it(`${path || 'the root'}: read without JavaScript in ${lang}, with the tags link previews read`, async () => {
      const { page, close } = await open(path, { viewport: DESKTOP, javaScriptEnabled: false });
      try {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const text = await visibleText(page);
        assert.ok(text.includes(DATA.title[lang]), 'the title');
        assert.ok(text.includes(messages(lang).get('app.needs_js')), 'the line about JavaScript');
        const first = await shownFirstView(page);
        assert.equal(first.lang, lang);
        assert.ok(first.answer && first.chart);
        const meta = (selector) => page.getAttribute(selector, 'content');
        assert.equal(await meta('meta[property="og:title"]'), DATA.title[lang]);
        assert.equal(await meta('meta[property="og:description"]'), DATA.description[lang]);
        assert.equal(await meta('meta[name="description"]'), DATA.description[lang]);
        assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
        assert.equal(await meta('meta[property="og:image:width"]'), '1200');
        assert.equal(await meta('meta[property="og:image:height"]'), '630');
        assert.ok((await meta('meta[property="og:image:alt"]')).length > 20);
        const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => [l.hreflang, l.href]));
        assert.deepEqual(
          alternates.map(([code]) => code).sort(),
          ['be', 'en', 'ru', 'uz', 'x-default'],
          'every language once, and x-default',
        );
        for (const [code, href] of alternates) {
          const target = code === 'x-default' ? '' : PAGES[code];
          assert.equal(href, `${server.origin}/${target}`, code);
        }
        // The image: a PNG of 1200 × 630 at the address the tag gives.
        const image = new URL(await meta('meta[property="og:image"]'), `${server.origin}/${path}`).href;
        const response = await page.request.get(image);
        assert.equal(response.status(), 200, image);
        const png = await response.body();
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      } finally {
        await close();
      }
    });
  }

  it('a language page runs the app in its language; the switcher and share links work from it', async () => {
    const { page, problems, close } = await open('ru/?growth=20', { viewport: DESKTOP, locale: 'en-US' });
    try {
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      assert.equal(await page.textContent('#app h1'), DATA.title.ru);
      assert.equal(await page.inputValue('[data-testid="share-link"]'), `${server.origin}/ru/?growth=20`);
      await page.selectOption('[data-testid="language-select"]', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
      assert.equal(new URL(page.url()).pathname, '/ru/');
      await page.click('[data-testid="copy-link"]').catch(() => {});
      assert.equal(await page.inputValue('[data-testid="share-link"]'), `${server.origin}/?growth=20&lang=en`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('the embed dialog', () => {
  it('writes the language its author sees, unless each reader\'s own is chosen', async () => {
    const { page, problems, close } = await open('?growth=20', { viewport: DESKTOP, locale: 'ru-RU' });
    try {
      await ready(page);
      await page.click('[data-testid="open-embed"]');
      const snippet = () => page.inputValue('[data-testid="embed-snippet"]');
      assert.match(await snippet(), /<iframe src="[^"]*\?embed=1&amp;growth=20&amp;lang=ru"/);
      assert.ok((await snippet()).includes(`title="${DATA.share_title.ru}"`));
      assert.equal(await page.inputValue('[data-testid="embed-lang"]'), 'ru');
      await page.selectOption('[data-testid="embed-lang"]', 'reader');
      assert.match(await snippet(), /<iframe src="[^"]*\?embed=1&amp;growth=20"/);
      await page.selectOption('[data-testid="embed-lang"]', 'uz');
      assert.match(await snippet(), /&amp;lang=uz"/);
      assert.ok((await snippet()).includes(`title="${DATA.share_title.uz}"`));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
