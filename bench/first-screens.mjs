// Every reader's first screen (issues 22 and 23), for `make bench`: cold loads of the
// page as readers open it — in each language, in the dark theme, and from a link with a
// scenario of its own — on a desktop and on a phone profile (360×740 at 3× pixels, 4×
// CPU throttling, 150 ms round trips, 1.6 Mbit/s down, files sent gzip-compressed by
// nginx with deploy/nginx.conf, as hosts serve them). For each: when the chart is first
// visible (the prerendered one in the first paint, or the app's), when the app has
// drawn its chart, when it is interactive (the first slider input a reader can make
// that changes the answer), the layout shift, and the bytes that crossed the wire
// until then. The cases are loaded in turns, round after round, each round starting
// with the next case (the first load of a round is not always the same page's), so that
// a slow moment of the machine hits them all: each language's time is judged against
// English's in the same run (budget: 1.1×).
import { serveNginx } from '../e2e/nginx.mjs';

/** Loads of each case and profile; the median is reported. */
export const ROUNDS = 7;

/** A language or theme may take at most this much longer than English to show the chart. */
export const RATIO_BUDGET = 1.1;

/** The profiles: the browser context, and the throttling applied through CDP. */
export const PROFILES = {
  desktop: {
    name: 'desktop, 1280×800',
    context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  },
  phone: {
    name: 'phone, 360×740 at 3×, 4× CPU, 150 ms RTT, 1.6 Mbit/s',
    context: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpu: 4,
    // Round trips of 150 ms; bytes per second.
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
};

/** The pages opened: English is the reference the others are judged against. */
export const CASES = [
  { name: 'English', path: '', budget: 'reference' },
  { name: 'Russian', path: '?lang=ru', budget: 'ratio' },
  { name: 'Uzbek', path: '?lang=uz', budget: 'ratio' },
  { name: 'Belarusian', path: '?lang=be', budget: 'ratio' },
  { name: 'Russian page', path: 'ru/', budget: 'ratio' },
  { name: 'dark', path: '?theme=dark', budget: 'ratio' },
  { name: 'scenario link', path: '?growth=20&series=by&lang=ru', budget: 'none' },
];

/**
 * In the page before anything else: when the chart is painted, the layout shifts, and
 * when the page is interactive: from the first paint on, every frame tries the growth
 * slider a reader can use (shown and enabled) and notes when an input there first
 * changes the answer shown.
 */
function watch() {
  // `settled`: the layout shift until the first input (what follows it is the input's).
  const W = { chart: -1, shift: 0, interactive: -1, settled: -1 };
  Object.defineProperty(window, '__screen', { value: W });
  const shown = (el) => el && !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
  const attempt = () => {
    const slider = [...document.querySelectorAll('[data-testid="growth-slider"]')].find(shown);
    const answer = [...document.querySelectorAll('[data-testid="target-year"]')].find(shown);
    if (slider && answer) {
      const before = answer.textContent;
      if (W.settled < 0) W.settled = W.shift;
      slider.value = slider.value === '10' ? '12' : '10';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // The app answers in the same task or its microtasks.
      queueMicrotask(() =>
        setTimeout(() => {
          if (W.interactive < 0 && answer.isConnected && answer.textContent !== before) W.interactive = performance.now();
        }, 0),
      );
    }
    if (W.interactive < 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
  addEventListener(
    'painted',
    (e) => {
      if (e.target.dataset?.testid === 'trade-chart' && W.chart < 0) W.chart = e.detail.end;
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) W.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** One cold load of `path` on `profile`: its times, shift and bytes on the wire. */
async function coldLoad(browser, origin, profile, path) {
  const context = await browser.newContext({ ...profile.context, extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
  await context.addInitScript(watch);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  try {
    await page.goto(`${origin}/${path}`);
    await page.waitForFunction(() => window.__screen.chart >= 0 && window.__screen.interactive >= 0, null, { timeout: 60_000 });
    await page.waitForTimeout(400);
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const own = document.documentElement.getAttribute('data-first-view') === 'scenario';
      const { chart, interactive } = window.__screen;
      const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
      const wire = entries.filter((e) => e.responseEnd <= interactive).reduce((n, e) => n + (e.transferSize ?? 0), 0);
      // The prerendered chart is in the first paint unless the link has a scenario of its own.
      return { visible: own ? chart : Math.min(fcp, chart), drawn: chart, interactive, shift: window.__screen.settled, wire, prerendered: !own };
    });
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs every case on every profile, `ROUNDS` cold loads each (the cases in turns), with
 * Chromium `browser`; `log` reports progress. Resolves to, per profile, per case: the
 * median times, the largest shift, the median bytes on the wire and the ratio of the
 * first visible chart to English's.
 */
export async function firstScreens(browser, log) {
  const server = await serveNginx();
  const results = {};
  try {
    for (const [key, profile] of Object.entries(PROFILES)) {
      const loads = Object.fromEntries(CASES.map((c) => [c.name, []]));
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (let i = 0; i < CASES.length; i += 1) {
          const c = CASES[(i + round) % CASES.length];
          loads[c.name].push(await coldLoad(browser, server.origin, profile, c.path));
        }
        log(`  ${profile.name}: round ${round}/${ROUNDS}`);
      }
      const english = median(loads.English.map((l) => l.visible));
      results[key] = {
        profile: profile.name,
        cases: CASES.map((c) => {
          const l = loads[c.name];
          const visible = median(l.map((x) => x.visible));
          return {
            ...c,
            visible,
            visibleRange: [Math.min(...l.map((x) => x.visible)), Math.max(...l.map((x) => x.visible))],
            drawn: median(l.map((x) => x.drawn)),
            interactive: median(l.map((x) => x.interactive)),
            shift: Math.max(...l.map((x) => x.shift)),
            wire: median(l.map((x) => x.wire)),
            ratio: visible / english,
            prerendered: l.every((x) => x.prerendered),
          };
        }),
      };
    }
  } finally {
    await server.close();
  }
  return results;
}
