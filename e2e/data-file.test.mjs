// The data file, read at run time: an edited file changes the page without a rebuild;
// a file that cannot be used is reported on the page (file, place, fault); another pair
// of countries from its own file through `?data=`. The second pair is the synthetic
// fixture tests/data/synthetic-pair.json, served to the page by the test: it is never
// in dist/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { dataPoint as point, editedData as edited, expectParam, launch, messages, openPage, ready, serveDist, value } from './harness.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const SHIPPED = readFileSync(new URL('../data/belarus-uzbekistan.json', import.meta.url), 'utf8');
const FIXTURE = readFileSync(new URL('../tests/data/synthetic-pair.json', import.meta.url), 'utf8');
const PAIR = JSON.parse(FIXTURE);
const FILE = 'data/belarus-uzbekistan.json';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `query` on `origin`, runs `body(page)`, and fails on console errors, exceptions
 * and third-party requests but those matching `expectProblem`. Unlike `useApp`, it does
 * not wait for the chart: a page with bad data has none.
 */
async function withPage(origin, query, body, { expectProblem, ...options } = {}) {
  const { page, problems, close } = await openPage(browser, origin, { locale: 'en-US', ...options });
  try {
    await page.goto(`${origin}/${query}`);
    await body(page);
    const unexpected = problems.filter((p) => !expectProblem?.test(p));
    assert.deepEqual(unexpected, [], 'no console errors, exceptions or third-party requests');
  } finally {
    await close();
  }
}

/** Answers the page's requests for data/`name`.json with `body` (status 200, JSON). */
function serveData(name, body, { status = 200, contentType = 'application/json' } = {}) {
  return (page) => page.route(`**/data/${name}.json`, (route) => route.fulfill({ status, contentType, body }));
}

/**
 * The page as last built, kept when its own data file cannot be used: the first view in
 * `lang` with its default answer and chart, one line saying so, and the faults behind a
 * closed disclosure for the site's editor; resolves to the faults' text.
 */
async function dataKept(page, lang = 'en') {
  const notice = '[data-testid="data-kept"]';
  await page.waitForSelector(notice);
  const shown = await page.evaluate(() => {
    const view = [...document.querySelectorAll('#first-view > main')].find((m) => getComputedStyle(m).display !== 'none');
    const visible = (el) => el && getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0;
    const answer = view?.querySelector('[data-testid="target-year"]');
    const drawing = [...(view?.querySelectorAll('.first-chart-drawing') ?? [])].find((svg) => getComputedStyle(svg).display !== 'none');
    return {
      lang: view?.getAttribute('data-first-lang'),
      answer: visible(answer) ? answer.getAttribute('data-value') : null,
      chart: visible(drawing),
      notice: view?.querySelector('[data-testid="data-kept"] p')?.textContent,
      open: view?.querySelector('[data-testid="data-kept"] details')?.open,
    };
  });
  assert.deepEqual(shown, { lang, answer: '2026', chart: true, notice: messages(lang).get('data.kept'), open: false });
  assert.equal(await page.textContent(`${notice} summary`), messages(lang).get('data.details'));
  return page.textContent(`${notice} pre`);
}

/** The data-error message once shown, after the first view has gone. */
async function dataError(page) {
  await page.waitForSelector('[data-testid="data-error"]');
  assert.equal(await page.$('#first-view'), null, 'the first view, with figures it cannot vouch for, is gone');
  assert.equal(await page.$('[data-testid="trade-chart"]'), null);
  assert.equal(await page.getAttribute('[data-testid="data-error"]', 'role'), 'alert');
  return page.textContent('[data-testid="data-error"] pre');
}

describe('the data file', () => {
  it('is read at run time: an edited file in the site changes the page without a rebuild', async () => {
    const site = mkdtempSync(join(tmpdir(), 'trade-outlook-site-'));
    const title = 'Belarus–Uzbekistan trade, as corrected by an editor';
    try {
      cpSync(DIST, site, { recursive: true });
      writeFileSync(
        join(site, FILE),
        edited((data) => {
          data.title.en = title;
          point(data, 'uz', 2025).turnover = 950.0;
        }),
      );
      const edit = await serveDist({}, site);
      try {
        const context = await browser.newContext({ locale: 'en-US' });
        // What first-view.js decided before the app could start, and the view it judged.
        await context.addInitScript(() =>
          document.addEventListener('DOMContentLoaded', () => {
            window.__firstView = document.documentElement.getAttribute('data-first-view');
            window.__firstViewTitle = document.querySelector('#first-view h1')?.textContent;
          }));
        const page = await context.newPage();
        const dataRequests = [];
        page.on('request', (req) => req.url().endsWith('.json') && dataRequests.push(req.url()));
        await page.goto(`${edit.origin}/`);
        await page.waitForSelector('[data-testid="target-year"]');
        assert.equal(await page.textContent('h1'), title);
        assert.equal(await page.title(), `${title} · Trade Outlook`);
        // The prerendered first view still has the built figures: hidden once the app knows.
        assert.equal(await page.getAttribute('html', 'data-first-view'), 'scenario');
        assert.deepEqual(dataRequests, [`${edit.origin}/${FILE}`], 'fetched once (the preload is used)');
        await page.click('[data-testid="tab-table"]');
        const row = await page.textContent('[data-testid="data-table"] tbody tr:has(th:text-is("2025"))');
        assert.ok(row.includes('950.0'), row);

        // The next visit hides the old first view before the page is drawn.
        await page.reload();
        await page.waitForSelector('[data-testid="target-year"]');
        assert.equal(await page.evaluate(() => window.__firstView), 'scenario');

        // `make first-view SITE=…` redraws it from the edited file: shown again, right.
        execFileSync('make', ['--no-print-directory', 'first-view', `SITE=${site}`], { stdio: 'inherit' });
        const written = readFileSync(join(site, 'index.html'));
        assert.deepEqual(gunzipSync(readFileSync(join(site, 'index.html.gz'))), written, 'index.html.gz written again');
        assert.deepEqual(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))), written, 'index.html.br too');
        const stampOf = (html) => /name="trade-outlook-data" content="([^"]+)"/.exec(html)[1];
        for (const lang of ['ru', 'uz', 'be']) {
          const page = readFileSync(join(site, lang, 'index.html'), 'utf8');
          assert.equal(stampOf(page), stampOf(written.toString()), `${lang}/index.html drawn again too`);
        }
        await page.reload();
        assert.equal(await page.evaluate(() => window.__firstView), null, 'the first view may show');
        assert.equal(await page.evaluate(() => window.__firstViewTitle), title);
        await page.waitForSelector('[data-testid="target-year"]');
        await context.close();
      } finally {
        await edit.close();
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('of the page\'s own that cannot be fetched, read or used never takes the page down: the page as last built, one line, the faults for the editor', async () => {
    const cases = [
      {
        what: 'missing (HTTP 404)',
        serve: serveData('belarus-uzbekistan', 'not found', { status: 404, contentType: 'text/plain' }),
        expect: [`${FILE}: could not be loaded`, '404'],
        problem: /404/,
      },
      {
        what: 'a host page in its place',
        serve: serveData('belarus-uzbekistan', '<!doctype html><p>Not here', { contentType: 'text/html' }),
        expect: [`${FILE}: line 1, column 1: the JSON cannot be read: a web page, not JSON`],
      },
      {
        what: 'unreadable JSON',
        serve: serveData('belarus-uzbekistan', SHIPPED.replace('"format": 2,', '"format": 2,,')),
        expect: [`${FILE}: line 3, column 15: the JSON cannot be read: expected a key in "quotes"`],
      },
      {
        what: 'a value of the wrong type',
        serve: serveData('belarus-uzbekistan', edited((d) => { point(d, 'uz', 2024).turnover = '714'; })),
        // Its place and the value as written, as make check-data says it.
        expect: [/: line \d+, column \d+: series\[0\]\.points\[\d+\]\.turnover: expected a number \(like 960\.4: a decimal point, no quotes\), found a string `"714"`/],
      },
      {
        what: 'a missing field',
        serve: serveData('belarus-uzbekistan', edited((d) => { delete point(d, 'by', 2023).kind; })),
        expect: [/: line \d+, column \d+: series\[1\]\.points\[\d+\]: the field `kind` is missing/],
      },
      {
        what: 'figures that break the rules (an unknown source)',
        serve: serveData('belarus-uzbekistan', edited((d) => {
          point(d, 'uz', 2024).turnover = -714;
          point(d, 'by', 2023).source = 'nowhere';
        })),
        expect: [
          `${FILE}: series "uz", year 2024: turnover is negative`,
          `${FILE}: series "by", year 2023: unknown source "nowhere"`,
        ],
      },
    ];
    for (const c of cases) {
      await withPage(server.origin, '', async (page) => {
        const faults = await dataKept(page);
        for (const expected of c.expect) {
          if (expected instanceof RegExp) assert.match(faults, expected, c.what);
          else assert.ok(faults.includes(expected), `${c.what}: ${faults}`);
        }
        assert.equal(await page.$('[data-testid="data-error"]'), null, `${c.what}: no error page`);
        await page.click('[data-testid="data-kept"] summary');
        assert.ok(await page.isVisible('[data-testid="data-kept"] pre'), 'the details open for the editor');
      }, { beforeGoto: c.serve, expectProblem: c.problem });
    }
    // In the reader's language; a link's own scenario cannot be computed: the default
    // figures, never a "loading" line that stays.
    await withPage(server.origin, '?lang=ru&growth=30', async (page) => {
      await dataKept(page, 'ru');
      assert.ok(!(await page.isVisible('#first-view [data-first-lang="ru"] .first-loading')), 'no loading line left');
      // The editor's way to the check page, in the same language.
      await page.click('[data-testid="data-kept"] summary');
      await page.click('[data-testid="check-link"]');
      await page.waitForSelector('[data-testid="check-file"]');
      assert.equal(await page.textContent('h1'), messages('ru').get('check.title'));
    }, { beforeGoto: serveData('belarus-uzbekistan', '{"format": 2}') });
  });

  it('of the page\'s own that cannot be used keeps an embed\'s first view and its height on the host page', async () => {
    await withPage(server.origin, 'embed-example.html', async (page) => {
      const frame = page.frameLocator('#trade-outlook');
      await frame.locator('[data-testid="data-kept"]').waitFor();
      assert.ok((await frame.locator('body').innerText()).includes('2026'), 'the default answer');
      await page.waitForFunction(() => window.__heights.length > 0);
      const height = await page.evaluate(() => window.__heights.at(-1));
      assert.ok(height > 300, `height ${height}`);
      await page.waitForFunction((h) => Math.round(document.getElementById('trade-outlook').getBoundingClientRect().height) === Math.ceil(h), height);
    }, {
      beforeGoto: async (page) => {
        await page.addInitScript(() => {
          window.__heights = [];
          addEventListener('message', (e) => e.data?.type === 'trade-outlook:height' && window.__heights.push(e.data.height));
        });
        await serveData('belarus-uzbekistan', '{"format": 2}')(page);
      },
    });
  });

  it('named by a link (data=) that cannot be used is reported with the way back to the page\'s own figures', async () => {
    // In the reader's language, with the way back to the page's own figures.
    await withPage(server.origin, '?data=synthetic-pair&lang=ru&growth=9', async (page) => {
      await dataError(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      // Loaded but not valid (not "could not be loaded"), and its faults in Russian.
      assert.equal(await page.textContent('[data-testid="data-error"] p'), messages('ru').get('data.invalid'));
      assert.ok((await page.textContent('[data-testid="data-error"] pre')).includes(messages('ru').get('fault.format_1')));
      await page.click('[data-testid="data-default"]');
      await ready(page);
      await expectParam(page, 'data', null);
      await expectParam(page, 'growth', '9');
      assert.equal(await page.textContent('h1'), JSON.parse(SHIPPED).title.ru);
    }, { beforeGoto: serveData('synthetic-pair', '{"format": 1}') });
  });

  it('of another pair is used through ?data=, with its own names, titles, series and targets', async () => {
    const serve = serveData('synthetic-pair', FIXTURE);
    await withPage(server.origin, '?data=synthetic-pair&growth=10', async (page) => {
      await ready(page);
      assert.equal(await page.textContent('h1'), PAIR.title.en);
      assert.equal(await page.title(), `${PAIR.title.en} · Trade Outlook`);
      assert.equal(await page.$('#first-view'), null, 'the prerendered Belarus–Uzbekistan view never shows');
      const aria = await page.getAttribute('[data-testid="trade-chart"]', 'aria-label');
      assert.ok(aria.startsWith(PAIR.series[0].name.en), aria);
      // One series: nothing to choose. No product data: no products chart, no facts.
      assert.equal(await page.$('[data-testid="series-select"]'), null, 'no series choice');
      assert.equal(await page.$('[data-testid="products-chart"]'), null, 'no products chart');
      assert.equal(await page.$('[data-testid="key-facts"]'), null, 'no key facts');
      // A target without a deadline: 150 (2023, ≈) × 1.1⁴ = 219.6 ≥ 200 in 2027.
      assert.equal(await value(page, 'target-year'), '2027');
      assert.ok((await page.textContent('section.targets')).includes(PAIR.targets[0].set.en), 'who set it, when');
      assert.ok(!(await page.textContent('[data-testid="targets-table"]')).includes('Your target'), 'its own target is the default');
      assert.ok((await value(page, 'required-growth')) !== null, 'the growth it needs by the default year');
      // Links and downloads carry the data file.
      await expectParam(page, 'data', 'synthetic-pair');
      assert.ok((await page.inputValue('[data-testid="share-link"]')).includes('data=synthetic-pair'));
      await page.click('[data-testid="open-embed"]');
      const snippet = await page.inputValue('[data-testid="embed-snippet"]');
      assert.ok(snippet.includes('data=synthetic-pair') && snippet.includes(`title="${PAIR.share_title.en}"`), snippet);
      await page.keyboard.press('Escape');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
      assert.match(csv.suggestedFilename(), new RegExp(`^${PAIR.file_stem}-`));
      assert.ok((await readFile(await csv.path(), 'utf8')).includes('\n2023,,,150.0,actual,approx,'));
      // Its pins are its own.
      await page.click('[data-testid="pin-scenario"]');
      await page.waitForFunction(() => localStorage.getItem('trade-outlook:pins:synthetic-pair') !== null);
      assert.equal(await page.evaluate(() => localStorage.getItem('trade-outlook:pins')), null);
    }, { beforeGoto: serve });

    // A language the file lacks a text in: that text in English, the app's words translated.
    await withPage(server.origin, '?data=synthetic-pair&lang=ru', async (page) => {
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      assert.equal(await page.textContent('h1'), PAIR.title.ru);
      assert.ok((await page.textContent('body')).includes(PAIR.lede.en), 'the lede falls back to English');
      assert.match(await page.textContent('[data-testid="tab-table"]'), /[А-Яа-я]/, 'the app speaks Russian');
    }, { beforeGoto: serve });
  });

  it('is named only as a file of the app: other names are ignored with a notice', async () => {
    for (const name of ['../secret', 'https://example.org/x', 'UPPER', 'a'.repeat(41)]) {
      await withPage(server.origin, `?data=${encodeURIComponent(name)}`, async (page) => {
        await ready(page);
        assert.equal(await page.textContent('h1'), JSON.parse(SHIPPED).title.en);
        assert.ok((await page.textContent('[data-testid="url-notice"]')).includes('data='), name);
        await expectParam(page, 'data', null);
      });
    }
  });
});
