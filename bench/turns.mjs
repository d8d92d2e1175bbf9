// Main-thread work per slider step of several pages, measured in turns (A, B, …, A, B, …)
// in one browser, so that a slower minute of a noisy machine hits every page alike.
// Used by compare.mjs (two builds) and floor.mjs (the app against pages without it).
//
// Each round opens each page in a new browser context, makes 40 unmeasured and then 200
// measured slider steps exactly as bench.mjs does (value, `input`, its effects, one
// animation frame) and reads CDP `TaskDuration` (wall clock, as issue 6 defines the
// work) and the main thread's CPU time, with the wall-clock script, layout and style
// shares. Each page needs a range input `[data-testid="growth-slider"]`.
import { readFileSync } from 'node:fs';
import { launch, openPage } from '../e2e/harness.mjs';

/** bench/reference.html with a canvas of `width` × `height` (the chart's size). */
export const referencePage = (width, height) =>
  readFileSync(new URL('reference.html', import.meta.url), 'utf8').replace('{width}', width).replace('{height}', height);

const STEPS = 200;
const WARMUP = 40;

/** The bench's triangle wave over the slider: −20 … 40 and back, 0.5 per step. */
const values = (n) =>
  Array.from({ length: n }, (_, i) => {
    const k = i % 240;
    return -20 + (k <= 120 ? k : 240 - k) * 0.5;
  });

async function measure(browser, url) {
  const { page, close } = await openPage(browser, new URL(url).origin);
  try {
    await page.goto(url);
    // Not the tests' `ready`: it waits for the painter's event, which older bundles and
    // the pages without the app lack. The unmeasured steps let the first drawing settle.
    await page.waitForSelector('[data-testid="growth-slider"]');
    const sessions = [];
    for (const timeDomain of ['timeTicks', 'threadTicks']) {
      const s = await page.context().newCDPSession(page);
      await s.send('Performance.enable', { timeDomain });
      sessions.push(s);
    }
    const read = async () =>
      Promise.all(
        sessions.map(async (s) => {
          const { metrics } = await s.send('Performance.getMetrics');
          return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
        }),
      );
    const steps = (vs) =>
      page.evaluate(async (list) => {
        const slider = document.querySelector('[data-testid="growth-slider"]');
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        for (const v of list) {
          slider.value = String(v);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          for (let i = 0; i < 64; i += 1) await null;
          await frame();
        }
      }, vs);
    await steps(values(WARMUP));
    const [w0, c0] = await read();
    await steps(values(STEPS));
    const [w1, c1] = await read();
    const per = (a, b, k) => ((b[k] - a[k]) * 1000) / STEPS;
    return {
      wall: per(w0, w1, 'TaskDuration'),
      cpu: per(c0, c1, 'TaskDuration'),
      script: per(w0, w1, 'ScriptDuration'),
      layout: per(w0, w1, 'LayoutDuration'),
      style: per(w0, w1, 'RecalcStyleDuration'),
    };
  } finally {
    await close();
  }
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures each of `urls` once per round, in turns, for `rounds` rounds; resolves to one
 * summary per URL: the medians of the rounds ({ wall, cpu, script, layout, style }) and
 * the wall-clock work of each round (`rounds`).
 */
export async function inTurns(urls, rounds) {
  const browser = await launch();
  const runs = urls.map(() => []);
  try {
    for (let r = 0; r < rounds; r += 1) {
      for (let i = 0; i < urls.length; i += 1) runs[i].push(await measure(browser, urls[i]));
      console.error(`round ${r + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
  }
  return runs.map((list) => {
    const m = (k) => median(list.map((x) => x[k]));
    return { wall: m('wall'), cpu: m('cpu'), script: m('script'), layout: m('layout'), style: m('style'), rounds: list.map((x) => x.wall) };
  });
}
