// How low can the work per slider step go in this browser, on this machine? Measures the
// app in turns (turns.mjs) against three pages without it, made from the app itself:
//
//   1. reference: bench/reference.html, a slider, a line of text, a canvas of the chart's
//      size (what any page pays to show a new canvas frame and a changed text);
//   2. static: the app's page as it is drawn (its DOM, its stylesheet, the charts as
//      images), with no script: only the slider's thumb moves;
//   3. hand-written: the static page plus a few lines of plain JavaScript that make, at
//      each step, the changes the app makes (the same texts, the number field, the track
//      shade, the accessible labels), and hand the app's own painter (in its worker) a
//      drawing the app recorded: the app's visible work with no framework, no model and
//      no chart drawing code.
//
//   node bench/floor.mjs [ROUNDS]        (after `make build`; prints a table)
//
// The hand-written page is a floor for any implementation that shows the same answers
// live; the app's distance from it is the cost of its code.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, nextFrame, openPage, ready, serveDist, slide } from '../e2e/harness.mjs';
import { inTurns, referencePage } from './turns.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const rounds = Number(process.argv[2] ?? 5);
if (!(rounds >= 1)) {
  console.error('usage: node bench/floor.mjs [ROUNDS]');
  process.exit(2);
}
/** The texts the app changes at a slider step (found with a MutationObserver). */
/** Work per step budget: the app at most this many times the hand-written page. */
const FLOOR_BUDGET = 1.2;
const TEXTS = ['[data-testid="target-year"]', '[data-testid="chance"]', '[data-testid="targets-table"] tbody td'];

/** Records, in the running app, its page, its slider's range and its outputs at each slider position. */
async function record(origin) {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, origin);
    await page.addInitScript(() => {
      // The drawings the app hands its painter's worker, newest last.
      const post = Worker.prototype.postMessage;
      window.__drawings = [];
      Worker.prototype.postMessage = function (m, t) {
        if (m?.ops) window.__drawings.push({ width: m.width, height: m.height, ops: [...m.ops], texts: m.texts });
        return post.call(this, m, t);
      };
    });
    await page.goto(`${origin}/`);
    await ready(page);
    // Every position of the slider: the app's outputs are recorded at each.
    const slider = await page.$eval('[data-testid="growth-slider"]', (e) => ({ min: Number(e.min), max: Number(e.max), step: Number(e.step) }));
    const positions = Math.round((slider.max - slider.min) / slider.step) + 1;
    const values = Array.from({ length: positions }, (_, i) => slider.min + i * slider.step);
    const states = [];
    for (const v of values) {
      await slide(page, v);
      await nextFrame(page);
      states.push(
        await page.evaluate((selectors) => {
          const attr = (sel, name) => document.querySelector(sel)?.getAttribute(name) ?? '';
          const shade = document.querySelector('.rate-shade').style;
          // The trade chart's latest drawing (the products chart has another height).
          const chart = document.querySelector('[data-testid="trade-chart"]');
          return {
            texts: selectors.flatMap((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent)),
            number: document.querySelector('[data-testid="growth-slider-number"]').value,
            shade: [...shade].map((k) => [k, shade.getPropertyValue(k)]),
            values: ['target-year', 'chance'].map((id) => attr(`[data-testid="${id}"]`, 'data-value')),
            valuetext: attr('[data-testid="growth-slider"]', 'aria-valuetext'),
            summary: attr('[data-testid="trade-chart"]', 'aria-label'),
            drawing: window.__drawings.findLast((d) => d.width === chart.width && d.height === chart.height),
          };
        }, TEXTS),
      );
    }
    const snapshot = await page.evaluate(() => {
      // Form fields keep what they show.
      for (const i of document.querySelectorAll('input')) {
        if (i.type === 'checkbox') i.toggleAttribute('checked', i.checked);
        else i.setAttribute('value', i.value);
      }
      for (const o of document.querySelectorAll('option')) o.toggleAttribute('selected', o.selected);
      // No scripts, and no policy (the hand-written page's script is inline).
      document
        .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], .chart-overlay, meta[http-equiv="Content-Security-Policy"]')
        .forEach((e) => e.remove());
      return `<!doctype html>${document.documentElement.outerHTML}`;
    });
    const images = {};
    for (const id of ['trade-chart', 'products-chart']) {
      const el = await page.$(`[data-testid="${id}"]`);
      if (el) images[id] = await el.screenshot();
    }
    return { slider, states, snapshot, images };
  } finally {
    await browser.close();
  }
}

/** The static page's HTML: the snapshot with each chart canvas replaced by its picture. */
function staticPage(snapshot, images) {
  let html = snapshot;
  for (const id of Object.keys(images)) {
    const canvas = new RegExp(`<canvas([^>]*data-testid="${id}"[^>]*)>[\\s\\S]*?</canvas>`);
    if (!canvas.test(html)) throw new Error(`no ${id} canvas in the page`);
    html = html.replace(canvas, `<img$1 src="${id}.png" alt="" style="display:block;width:100%">`);
  }
  return html;
}

/** The hand-written page's script: at each `input`, what the app shows at that value. */
const HAND = `
import { paint } from './painter.js';
const { min, step, states } = await (await fetch('states.json')).json();
const slider = document.querySelector('[data-testid="growth-slider"]');
const number = document.querySelector('[data-testid="growth-slider-number"]');
const shade = document.querySelector('.rate-shade');
const answers = ['target-year', 'chance'].map((id) => document.querySelector(\`[data-testid="\${id}"]\`));
const texts = ${JSON.stringify(TEXTS)}.flatMap((sel) => [...document.querySelectorAll(sel)]);
// Text nodes rewritten in place, as Leptos does; an element without one gets one.
const nodes = texts.map((e) => [...e.childNodes].find((c) => c.nodeType === 3) ?? e.appendChild(document.createTextNode('')));
const canvas = document.createElement('canvas');
canvas.dataset.testid = 'trade-chart';
canvas.setAttribute('role', 'img');
canvas.style.cssText = 'display:block;width:100%';
document.querySelector('img[data-testid="trade-chart"]').replaceWith(canvas);
for (const s of states) s.drawing.ops = new Float64Array(s.drawing.ops);
let k = 0;
let pending = false;
function draw() {
  pending = false;
  const d = states[k].drawing;
  paint(canvas, d.width, d.height, d.ops, d.texts, true);
}
slider.addEventListener('input', () => {
  k = Math.min(states.length - 1, Math.max(0, Math.round((Number(slider.value) - min) / step)));
  const s = states[k];
  number.value = s.number;
  for (const [prop, v] of s.shade) shade.style.setProperty(prop, v);
  slider.setAttribute('aria-valuetext', s.valuetext);
  s.values.forEach((v, i) => answers[i].setAttribute('data-value', v));
  canvas.setAttribute('aria-label', s.summary);
  s.texts.forEach((t, i) => { if (nodes[i] && nodes[i].data !== t) nodes[i].data = t; });
  if (!pending) {
    pending = true;
    requestAnimationFrame(draw);
  }
});
draw();
`;

const app = await serveDist();
let dir;
let floors;
try {
  const { slider, states, snapshot, images } = await record(app.origin);
  const missing = states.findIndex((s) => !s.drawing);
  if (missing >= 0) throw new Error(`no drawing of the trade chart at slider value ${slider.min + missing * slider.step}`);
  dir = mkdtempSync(join(tmpdir(), 'floor-'));
  const page = staticPage(snapshot, images);
  for (const [id, png] of Object.entries(images)) writeFileSync(join(dir, `${id}.png`), png);
  const snippets = join(DIST, 'snippets');
  const painter = readdirSync(snippets, { recursive: true }).find((f) => /painter-[0-9a-f]{16}\.js$/.test(f));
  copyFileSync(join(snippets, painter), join(dir, 'painter.js'));
  writeFileSync(join(dir, 'states.json'), JSON.stringify({ min: slider.min, step: slider.step, states }));
  writeFileSync(join(dir, 'static.html'), page);
  writeFileSync(join(dir, 'hand.html'), page.replace('</body>', `<script type="module">${HAND}</script></body>`));
  const { width, height } = states[0].drawing;
  writeFileSync(join(dir, 'reference.html'), referencePage(width, height));
  floors = await serveDist({}, dir);
  const pages = [
    ['reference page (no app)', `${floors.origin}/reference.html`],
    ['static copy of the app (no script)', `${floors.origin}/static.html`],
    ['hand-written page (same changes, plain JS)', `${floors.origin}/hand.html`],
    ['the app', `${app.origin}/`],
  ];
  const results = await inTurns(pages.map((p) => p[1]), rounds);
  const f = (x) => x.toFixed(2).padStart(6);
  console.log(`Work per slider step, median of ${rounds} rounds in turns (ms): wall clock (CPU) — script, layout, style`);
  pages.forEach(([name], i) => {
    const r = results[i];
    console.log(`${name.padEnd(44)} ${f(r.wall)} (${f(r.cpu)}) — ${f(r.script)} ${f(r.layout)} ${f(r.style)}`);
  });
  // The budget (issue 13): the app's work per step at most 1.2 times the hand-written page's.
  const ratio = results[3].wall / results[2].wall;
  const verdict = ratio <= FLOOR_BUDGET ? 'pass' : 'FAIL';
  console.log(`the app / the hand-written page: ${ratio.toFixed(2)}× (CPU ${(results[3].cpu / results[2].cpu).toFixed(2)}×), budget ≤ ${FLOOR_BUDGET}×: ${verdict}`);
} finally {
  await app.close();
  await floors?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
