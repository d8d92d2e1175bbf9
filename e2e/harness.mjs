// Shared set-up for the browser tests: a static server for dist/ on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { builtPolicy } from '../scripts/csp.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;

/**
 * The Content-Security-Policy the README asks hosts to send: the built page's own (its
 * inline script and style allowed by their hashes, nothing else inline).
 */
export const CSP = builtPolicy(DIST);
/** The content type of each file type of dist/. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves dist/ (or the bundle in `dir`) on a free port of 127.0.0.1, adding `headers`
 * to every response; `files` serves other files at given paths (path → file), `html`
 * rewrites each HTML page's text. Resolves to { origin, close }.
 */
export async function serveDist(headers = {}, dir = DIST, { files = {}, html } = {}) {
  const root = join(dir, '/');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = files[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!files[path] && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (html && extname(file) === '.html') body = html(body.toString('utf8'));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections(); // connections a browser keeps alive
      }),
  };
}

/** A port of 127.0.0.1 no one listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Launches headless Chromium with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Installed before the app: counts the drawings sent to the painter's worker (with their
 * texts) and those it painted (`window.__painter`: all canvases, paintings by chart
 * `data-testid`, and those made on the page)
 * and the trade chart's paintings (`window.__chart`), so that a test can wait for them.
 */
function countPaints() {
  // `texts`: the strings of every drawing sent to the worker, in order; `onPage`: the
  // paintings made on the page, by chart.
  const painter = { sent: 0, offThread: 0, byChart: {}, texts: [], onPage: {} };
  const chart = { painted: 0, offThread: 0 };
  Object.defineProperty(window, '__painter', { value: painter });
  Object.defineProperty(window, '__chart', { value: chart });
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    if (message?.ops) {
      painter.sent += 1;
      painter.texts.push(message.texts);
    }
    return post.call(this, message, transfer);
  };
  addEventListener(
    'painted',
    (e) => {
      if (e.detail.offThread) painter.offThread += 1;
      const id = e.target.dataset?.testid;
      if (!e.detail.offThread) painter.onPage[id] = (painter.onPage[id] ?? 0) + 1;
      painter.byChart[id] = (painter.byChart[id] ?? 0) + 1;
      if (id !== 'trade-chart') return;
      chart.painted += 1;
      if (e.detail.offThread) chart.offThread += 1;
    },
    true,
  );
}

/**
 * Opens a page that records console errors, uncaught exceptions and every request
 * to another origin than `origin`.
 */
export async function openPage(browser, origin, { beforeGoto, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    // Chromium warns about `integrity` on Trunk's preload links; nothing else is tolerated.
    if (msg.type() === 'error' && !msg.text().includes('integrity')) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  await context.addInitScript(countPaints);
  if (beforeGoto) await beforeGoto(page);
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`third-party request: ${url}`);
  });
  return { page, problems, close: () => context.close() };
}

/** In the page before anything else: sums its layout shifts (`window.__shift`). */
export function watchLayoutShifts() {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Waits 300 ms for late shifts, then asserts the page's shifts sum to 0.01 at most. */
export async function expectSteadyLayout(page) {
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.01, `layout shift ${shift}`);
}

/**
 * Opens `origin`/`path` as `openPage` does, with the .wasm as `wasm` says: 'load' (as
 * served), 'hold' (until the returned `release` is called: the page as it is before the
 * app runs) or 'block' (the app cannot start); its layout shifts are summed from the
 * start (`watchLayoutShifts`).
 */
export async function openWithWasm(browser, origin, path, { wasm = 'load', ...options } = {}) {
  const opened = await openPage(browser, origin, options);
  await opened.page.addInitScript(watchLayoutShifts);
  let release = () => {};
  if (wasm !== 'load') {
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await opened.page.route('**/*.wasm', async (route) => {
      if (wasm === 'block') return route.abort();
      await held;
      return route.continue();
    });
  }
  await opened.page.goto(`${origin}/${path}`);
  return { ...opened, release };
}

/**
 * Registers before/after hooks that serve dist/ (with `serve`, serveDist by default) and
 * launch Chromium for a test file; returns an object whose `server` and `browser` are
 * those once the tests run.
 */
export function useBrowser({ before, after }, serve = () => serveDist()) {
  const started = { server: null, browser: null };
  before(async () => {
    started.server = await serve();
    started.browser = await launch();
  });
  after(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}

/**
 * Registers before/after hooks that serve dist/ (with `serve`: the Node server of
 * serveDist by default, or nginx.mjs's serveNginx) and launch Chromium for a test file;
 * returns `withApp(query, body, options)`, which opens the app at `query`, waits for the
 * first chart, runs `body(page)` and fails on console errors, exceptions and third-party
 * requests (but those matching `options.expectProblem`).
 */
export function useApp(hooks, serve = () => serveDist()) {
  const started = useBrowser(hooks, serve);
  return async function withApp(query, body, { expectProblem, ...options } = {}) {
    const { server, browser } = started;
    const { page, problems, close } = await openPage(browser, server.origin, options);
    try {
      await page.goto(`${server.origin}/${query}`);
      if (!query.includes('.html')) await ready(page);
      await body(page);
      const unexpected = problems.filter((p) => !expectProblem?.test(p));
      assert.deepEqual(unexpected, [], 'no console errors, exceptions or third-party requests');
    } finally {
      await close();
    }
  };
}

/** The messages of locales/<code>.txt as a Map. */
export function messages(code) {
  const text = readFileSync(new URL(`../locales/${code}.txt`, import.meta.url), 'utf8');
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
  return new Map(entries);
}

/** The `data-value` of the element with `data-testid` = id. */
export function value(page, id) {
  return page.getAttribute(`[data-testid="${id}"]`, 'data-value');
}

/**
 * Waits until the app has mounted and painted its chart once, and has mounted the rest
 * of the page (which follows the first screen, a section at a time: `data-complete`).
 */
export async function ready(page) {
  await page.waitForSelector('[data-testid="target-year"]');
  await page.waitForFunction(() => window.__chart.painted > 0);
  await page.waitForSelector('html[data-complete]', { state: 'attached' });
  await nextFrame(page);
}

/** Waits until the redraws scheduled now have been painted (on the page or in the worker). */
export async function chartSettled(page) {
  await nextFrame(page);
  await page.waitForFunction(() => window.__painter.offThread === window.__painter.sent);
}

/** Resolves after two animation frames (a redraw scheduled now has happened). */
export function nextFrame(page) {
  return page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/** Sets the growth slider to `v` as a drag does: its value, then an `input` event. */
export function slide(page, v) {
  return page.$eval(
    '[data-testid="growth-slider"]',
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    String(v),
  );
}

/** Waits until the URL's query parameter `key` reads `expected` (null: absent). */
export async function expectParam(page, key, expected) {
  await page
    .waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k) === v, [key, expected], { timeout: 3000 })
    .catch(() => {});
  assert.equal(new URL(page.url()).searchParams.get(key), expected, `URL parameter ${key}`);
}

/** Waits until the URL's whole query string reads `expected`. */
export async function expectSearch(page, expected) {
  await page.waitForFunction((v) => location.search === v, expected, { timeout: 3000 }).catch(() => {});
  assert.equal(new URL(page.url()).search, expected, 'URL query');
}

/**
 * A chart (`testid`) as shown, once painted: a screenshot of its canvas (transparent where
 * the page shows through), as base64 PNG (to tell whether it was redrawn). The canvas
 * itself cannot be read: its control went to the painter's worker.
 */
export async function chartPixels(page, testid = 'trade-chart') {
  await page.waitForFunction((id) => window.__painter.byChart[id] > 0, testid);
  await chartSettled(page);
  const shot = await page.locator(`[data-testid="${testid}"]`).screenshot({ omitBackground: true });
  return shot.toString('base64');
}

/** Runs `count(rgba, width)` in the page over the pixels of `chartPixels` (RGBA bytes, row by row). */
export async function countChartPixels(page, count, testid = 'trade-chart') {
  const png = await chartPixels(page, testid);
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    window.__shot = [ctx.getImageData(0, 0, image.width, image.height).data, image.width];
  }, png);
  return page.evaluate(`(${count})(...window.__shot)`);
}

/** Opens "Scenario settings" (where every control but the growth slider is), if closed. */
export async function openSettings(page) {
  const settings = page.locator('[data-testid="settings"]');
  if (!(await settings.evaluate((d) => d.open))) await page.click('[data-testid="settings-toggle"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="settings"]').open);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serious and critical axe violations on the page, as readable lines. (axe is evaluated
 * by the test's driver: the page's policy allows no script but its own.)
 */
export async function axeViolations(page) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The shipped data file, as written. */
export const SHIPPED_DATA = readFileSync(new URL('../data/belarus-uzbekistan.json', import.meta.url), 'utf8');

/** The shipped data file with `edit` applied to its parsed value, as JSON text. */
export function editedData(edit) {
  const data = JSON.parse(SHIPPED_DATA);
  edit(data);
  return JSON.stringify(data, null, 2);
}

/** The point of series `id` for `year` in a parsed data file. */
export function dataPoint(data, id, year) {
  return data.series.find((s) => s.id === id).points.find((p) => p.year === year);
}
