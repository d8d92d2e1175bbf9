// The smoke suite's engines behind one interface. `launch(name)` starts one browser
// (firefox.mjs: Firefox ESR over WebDriver BiDi; webkit.mjs: WebKitGTK's MiniBrowser over
// classic WebDriver) and resolves to an object with:
//   name                        'firefox' or 'webkit'
//   open(url)                   loads `url` in the one tab, resolves once it has loaded
//   evaluate(fn, ...args)       runs `fn(...args)` in the page (JSON-able arguments and
//                               result), awaiting a returned promise
//   waitFor(fn, args, ms)       until `fn(...args)` in the page is truthy; throws after `ms`
//   keys(selector, ...keys)     focuses the element, then presses each key: a name in
//                               NAMED_KEYS, or any other string typed as it is
//   click(selector)             a real (pointer) click on the element
//   screenshot(selector)        the element as shown, a base64 PNG
//   close()                     closes the browser and everything it started
// The engines to run come from the environment: ENGINES=firefox,webkit (the default).

export const ALL_ENGINES = ['firefox', 'webkit'];

/** The keys `keys()` presses by name (W3C `key` values). */
export const NAMED_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Backspace', 'End', 'Enter', 'Home'];

/** The engines chosen by ENGINES (comma-separated), all by default. */
export function chosenEngines(env = process.env.ENGINES) {
  if (!env) return ALL_ENGINES;
  const names = env.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !ALL_ENGINES.includes(n));
  if (unknown.length) throw new Error(`ENGINES: unknown ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
  return names;
}

/** Starts the engine `name` (see above). */
export async function launch(name) {
  const engine = await import(`./${name}.mjs`);
  return engine.launch();
}

/** A `waitFor` built on `evaluate`: polls every 50 ms, throws with `fn`'s text on timeout. */
export function poller(evaluate) {
  return async function waitFor(fn, args = [], timeoutMs = 10_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (await evaluate(fn, ...args)) return;
      if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}
