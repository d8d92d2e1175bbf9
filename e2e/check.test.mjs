// The check page (issue 24): an editor opens a data file at ?check=1; it is read and
// checked in the browser by the app's own code, nothing is uploaded; each fault is
// listed with its place and the value as written, in the editor's language around it;
// a valid file shows the page as it will look with it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, dataPoint as point, editedData as edited, messages, openPage, SHIPPED_DATA as SHIPPED, useBrowser } from './harness.mjs';


const started = useBrowser({ before, after });

/**
 * Opens the check page (`query` added), runs `body(page, uploads)` and fails on console
 * errors and exceptions; `uploads` lists every request that sent a body (none may).
 */
async function withCheckPage(query, body) {
  const { server, browser } = started;
  const { page, problems, close } = await openPage(browser, server.origin, { locale: 'en-US' });
  const uploads = [];
  page.on('request', (req) => (req.method() !== 'GET' || req.postData()) && uploads.push(req.url()));
  try {
    await page.goto(`${server.origin}/?check=1${query}`);
    await page.waitForSelector('[data-testid="check-file"]');
    await body(page, uploads);
    assert.deepEqual(problems, [], 'no console errors or exceptions');
    assert.deepEqual(uploads, [], 'nothing is uploaded');
  } finally {
    await close();
  }
}

/** Opens `text` as the file `name` in the check page's file chooser. */
function choose(page, name, text) {
  return page.setInputFiles('[data-testid="check-file"]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('the check page', () => {
  it('shows a valid file as the page will look with it', async () => {
    const title = 'Belarus–Uzbekistan trade, as an editor will publish it';
    const file = edited((d) => {
      d.title.en = title;
      point(d, 'uz', 2025).turnover = 1200;
      point(d, 'uz', 2025).note.en = 'An edited figure.';
    });
    await withCheckPage('', async (page) => {
      assert.equal(await page.textContent('h1'), messages('en').get('check.title'));
      assert.equal(await page.$('#first-view'), null, 'the default page gives way');
      await choose(page, 'belarus-uzbekistan.json', file);
      await page.waitForSelector('[data-testid="check-valid"]');
      const said = await page.textContent('[data-testid="check-valid"]');
      assert.ok(said.includes(messages('en').get('check.valid').replace('{file}', 'belarus-uzbekistan.json')), said);
      assert.ok(said.includes('2025, Uzbek statistics: turnover ≈ 1200; flows last given for 2023: Belarus → Uzbekistan 525.8'), said);
      // The preview is the app with the file's figures: its title and its answer.
      await page.waitForSelector('main.app [data-testid="trade-chart"]');
      assert.equal(await page.textContent('main.app h1'), title);
      const answer = await page.getAttribute('main.app [data-testid="target-year"]', 'data-value');
      assert.notEqual(answer, '2026', 'not the shipped figures\' answer');
      assert.deepEqual(await axeViolations(page), [], 'the check page with its preview');
      // Another file, dropped on the page, replaces it.
      const dropped = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['{'], 'broken.json', { type: 'application/json' }));
        return transfer;
      });
      await page.dispatchEvent('.check-open', 'drop', { dataTransfer: dropped });
      await page.waitForSelector('[data-testid="check-faults"]');
      assert.equal(await page.$('[data-testid="check-valid"]'), null);
      assert.equal(await page.$('main.app'), null, 'no preview of a file that cannot be used');
    });
  });

  it("lists a valid file's latest figures and warnings in the editor's language", async () => {
    const file = edited((d) => {
      d.sources.push({ ...d.sources[0], id: 'nobody-cites-me' });
    });
    await withCheckPage('&lang=ru', async (page) => {
      await choose(page, 'belarus-uzbekistan.json', file);
      await page.waitForSelector('[data-testid="check-valid"]');
      const lines = await page.$$eval('[data-testid="check-valid"] li', (items) => items.map((li) => li.textContent));
      assert.ok(
        lines[0].startsWith('2025, Статистика Узбекистана: товарооборот ≈ 892.5; потоки в последний раз указаны за 2023: Беларусь → Узбекистан 525.8'),
        lines[0],
      );
      assert.equal(lines.at(-1), 'на источник «nobody-cites-me» не ссылается ни одна цифра, цель или доля товара');
    });
  });

  // Each case: what, the file, and in a language `t` what one listed fault says: its
  // English line whole (as make check-data prints it), or in another language the
  // message's words with the file's own words (path, value, id) as written.
  const faults = [
    ['unreadable JSON', SHIPPED.replace('"format": 2,', '"format": 2,,'), 'line 3, column 15: the JSON cannot be read: expected a key in "quotes"', (t) => [t.get('json.key')]],
    ['a value of the wrong type', edited((d) => { point(d, 'uz', 2024).turnover = '714'; }), /^line \d+, column \d+: series\[0\]\.points\[14\]\.turnover: expected a number \(like 960\.4: a decimal point, no quotes\), found a string `"714"`$/, (t) => ['series[0].points[14].turnover', t.get('expect.number'), t.get('json.string'), '`"714"`']],
    ['a missing field', edited((d) => { delete point(d, 'by', 2023).kind; }), /^line \d+, column \d+: series\[1\]\.points\[\d+\]: the field `kind` is missing$/, (t) => [t.get('fault.missing_field').replace('{field}', 'kind')]],
    ['an unknown source', edited((d) => { point(d, 'by', 2023).source = 'nowhere'; }), 'series "by", year 2023: unknown source "nowhere"', (t) => [t.get('fault.unknown_source').replace('{id}', 'nowhere')]],
    ['format 1', SHIPPED.replace('"format": 2,', '"format": 1,'), /^line 3, column 3: format: format 1 is no longer read/, (t) => [t.get('fault.format_1')]],
  ];
  for (const lang of ['en', 'ru']) {
    it(`lists each fault in the editor's language with its place and the value as written (${lang})`, async () => {
      await withCheckPage(lang === 'en' ? '' : `&lang=${lang}`, async (page) => {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.textContent('h1'), messages(lang).get('check.title'));
        for (const [what, text, english, words] of faults) {
          await choose(page, `${what.replace(/ /g, '-')}.json`, text);
          await page.waitForFunction((name) => document.querySelector('[data-testid="check-faults"] p')?.textContent.includes(name), what.replace(/ /g, '-'));
          const intro = await page.textContent('[data-testid="check-faults"] p');
          assert.equal(intro, messages(lang).get('check.faults').replace('{file}', `${what.replace(/ /g, '-')}.json`));
          const items = await page.$$eval('[data-testid="check-faults"] li', (li) => li.map((l) => l.textContent));
          const says = lang === 'en'
            ? (i) => (english instanceof RegExp ? english.test(i) : i.startsWith(english))
            : (i) => words(messages(lang)).every((w) => i.includes(w));
          assert.ok(items.some(says), `${what}: ${items.join(' | ')}`);
          if (lang !== 'en') assert.ok(items.every((i) => !/cannot be read|expected|unknown|missing/.test(i)), `no English: ${items}`);
        }
        assert.deepEqual(await axeViolations(page), [], 'the check page with faults');
      });
    });
  }
});
