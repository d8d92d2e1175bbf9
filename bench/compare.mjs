// Before/after on a noisy machine: main-thread work per slider step of two bundles,
// measured in turns (A, B, A, B, …) in one browser, so that a slower minute hits both.
//
//   node bench/compare.mjs BEFORE_DIR AFTER_DIR [ROUNDS]
//
// Each round opens each bundle in a new browser context, makes 40 unmeasured and then
// 200 measured slider steps exactly as bench.mjs does (value, `input`, its effects, one
// animation frame), and reads CDP `TaskDuration` (wall clock, as issue 6 defines the
// work) and the main thread's CPU time. Prints the median of the rounds and each round.
// Keep a bundle with `cp -r dist /tmp/before` before changing the code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openPage, serveDist } from '../e2e/harness.mjs';

const [before, after, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
if (!before || !after || !(rounds >= 1)) {
  console.error('usage: node bench/compare.mjs BEFORE_DIR AFTER_DIR [ROUNDS]');
  process.exit(2);
}
const dirs = [before, after].map((d) => resolve(d));
for (const d of dirs) if (!existsSync(join(d, 'index.html'))) throw new Error(`${d} has no index.html`);

const STEPS = 200;
/** The bench's triangle wave over the slider: −20 … 40 and back, 0.5 per step. */
const values = (n) => Array.from({ length: n }, (_, i) => {
  const k = i % 240;
  return -20 + (k <= 120 ? k : 240 - k) * 0.5;
});

async function measure(browser, origin) {
  const { page, close } = await openPage(browser, origin);
  try {
    await page.goto(`${origin}/`);
    // Not the tests' `ready`: it waits for the painter's event, which older bundles lack.
    // The 40 unmeasured steps below let the first drawing settle.
    await page.waitForSelector('[data-testid="growth-slider"]');
    const wall = await page.context().newCDPSession(page);
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    const cpu = await page.context().newCDPSession(page);
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    const task = async (session) => {
      const { metrics } = await session.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration').value;
    };
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
    await steps(values(40));
    const [w0, c0] = [await task(wall), await task(cpu)];
    await steps(values(STEPS));
    const [w1, c1] = [await task(wall), await task(cpu)];
    return { wall: ((w1 - w0) * 1000) / STEPS, cpu: ((c1 - c0) * 1000) / STEPS };
  } finally {
    await close();
  }
}

const servers = await Promise.all(dirs.map((d) => serveDist({}, d)));
const browser = await launch();
const runs = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r += 1) {
    for (let i = 0; i < dirs.length; i += 1) runs[i].push(await measure(browser, servers[i].origin));
    console.error(`round ${r + 1}/${rounds}`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x) => `${x.toFixed(2)} ms`;
for (const [i, name] of ['before', 'after'].entries()) {
  const w = runs[i].map((x) => x.wall);
  const c = runs[i].map((x) => x.cpu);
  console.log(`${name.padEnd(6)}  work/step ${f(median(w))} (CPU ${f(median(c))})  rounds: ${w.map((x) => x.toFixed(2)).join(', ')}  ${dirs[i]}`);
}
const change = median(runs[1].map((x) => x.wall)) - median(runs[0].map((x) => x.wall));
console.log(`change  ${change > 0 ? '+' : ''}${f(change)} (${((100 * change) / median(runs[0].map((x) => x.wall))).toFixed(0)} %)`);
