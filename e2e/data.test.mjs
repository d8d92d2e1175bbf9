// Browser tests of the table view and the CSV download (served by nginx, as app.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { countChartPixels, nextFrame, useApp } from './harness.mjs';
import { serveNginx } from './nginx.mjs';

const withApp = useApp({ before, after }, serveNginx);

/** A small RFC 4180 parser: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1).push(field);
      field = '';
    } else if (c === '\n') {
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
    } else field += c;
  }
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

describe('table and CSV', () => {
  it('shows every year as a row, sortable, projected rows marked, and returns to the chart', async () => {
    await withApp('?series=by&base=2021&growth=10', async (page) => {
      await page.click('[data-testid="tab-table"]');
      const table = page.locator('[data-testid="data-table"]');
      await table.waitFor();
      assert.ok(await page.isHidden('[data-testid="trade-chart"]'));
      // 9 Belarusian years + 14 projected years (2022–2035).
      assert.equal(await table.locator('tbody tr').count(), 9 + 14);
      assert.equal(await table.locator('tbody tr.projected').count(), 14);
      const first = await table.locator('tbody tr').first().textContent();
      assert.match(first, /^2016/);
      assert.match(await table.textContent(), /> 239\.0/);
      assert.match(await table.textContent(), /≈ 855\.0/);
      await page.click('[data-testid="sort-year"]');
      assert.match(await table.locator('tbody tr').first().textContent(), /^2035/);
      assert.equal(await page.getAttribute('[data-testid="data-table"] thead th', 'aria-sort'), 'descending');
      await page.click('[data-testid="tab-chart"]');
      await nextFrame(page);
      assert.ok(await page.isVisible('[data-testid="trade-chart"]'));
      assert.ok((await page.$eval('[data-testid="trade-chart"]', (c) => c.width)) > 0);
    });
  });

  it('downloads the displayed data as CSV that parses and matches the model', async () => {
    await withApp('?base=2024', async (page) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="download-csv"]'),
      ]);
      assert.equal(download.suggestedFilename(), 'belarus-uzbekistan-trade-uz-16.5pct.csv');
      const rows = parseCsv(await readFile(await download.path(), 'utf8'));
      assert.deepEqual(rows[0], [
        'year', 'exports', 'imports', 'turnover', 'kind', 'point_kind', 'source',
        'exports_growth_pct', 'imports_growth_pct',
      ]);
      // 16 published years (2025 derived), 11 projected (2025 beside its figure).
      assert.equal(rows.length, 1 + 16 + 11);
      assert.ok(rows.slice(1).every((r) => r.length === 9), 'every row has 9 fields');
      const y2023 = rows.find((r) => r[0] === '2023');
      assert.deepEqual(y2023.slice(1, 6), ['525.8', '128.9', '654.7', 'actual', 'reported']);
      assert.match(y2023[6], /^Statistics Agency of Uzbekistan, /);
      // 714 × 1.165³ = 1128.95.
      const p2027 = rows.find((r) => r[0] === '2027');
      assert.deepEqual(p2027.slice(3, 5), ['1129.0', 'projected']);
      assert.deepEqual(p2027.slice(7), ['16.5', '16.5']);
    }, { acceptDownloads: true });
  });

  it('downloads the chart as a 2× PNG and as an SVG with text, title, source and scenario', async () => {
    await withApp('?growth=12.5', async (page) => {
      const save = async (id) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
        return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
      };
      const png = await save('download-png');
      assert.equal(png.name, 'belarus-uzbekistan-trade-uz-12.5pct.png');
      assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
      // Decoded from its bytes (the page's CSP refuses images from data: URLs).
      const [width, height, dark] = await page.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d');
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, img.width, img.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 100 && d[i + 1] < 100) n += 1;
        return [img.width, img.height, n];
      }, png.bytes.toString('base64'));
      assert.deepEqual([width, height], [2400, 1520], 'decodes at twice 1200 × 760');
      assert.ok(dark > 5000, `the PNG has the chart's lines and text (${dark} dark pixels)`);

      const svg = await save('download-svg');
      assert.equal(svg.name, 'belarus-uzbekistan-trade-uz-12.5pct.svg');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent.trim());
        return { error: doc.querySelector('parsererror') !== null, texts };
      }, svg.bytes.toString('utf8'));
      assert.equal(parsed.error, false, 'the SVG parses');
      assert.ok(parsed.texts.includes('Belarus–Uzbekistan trade — Uzbek statistics'));
      assert.ok(parsed.texts.includes('Target: $1\u00a0billion'));
      assert.ok(parsed.texts.some((t) => t.startsWith('Source: Uzbek statistics')));
      assert.ok(parsed.texts.some((t) => t.includes('At 12.5% a year, turnover reaches $1\u00a0billion')));
      assert.ok(parsed.texts.some((t) => /^Scenario: http:\/\/127\.0\.0\.1:\d+\/\?growth=12\.5$/.test(t)));
    }, { acceptDownloads: true });
  });
});

describe('context', () => {
  it('draws what is traded, with its source and a text alternative, and the key facts', async () => {
    await withApp('', async (page) => {
      const chart = page.locator('[data-testid="products-chart"]');
      const label = await chart.getAttribute('aria-label');
      assert.match(label, /Timber, incl\. chipboard 25%/);
      assert.match(label, /other 24%\./);
      assert.match(label, /Finished clothing 37%/);
      assert.match(await page.textContent('.products .source-line'), /CERR/);
      const dark = await countChartPixels(
        page,
        (d) => {
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 120) n += 1;
          return n;
        },
        'products-chart',
      );
      assert.ok(dark > 500, 'bars and labels drawn');
      const facts = await page.textContent('[data-testid="key-facts"]');
      assert.match(facts, /roadmap of cooperation for 2024–2025/);
      assert.match(facts, /The article's claims/);
    });
  });
});
