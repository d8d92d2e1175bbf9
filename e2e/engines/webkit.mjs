// WebKit for the smoke suite: WebKitGTK's MiniBrowser (Debian webkit2gtk-driver) driven
// by selenium-webdriver over classic W3C WebDriver, through WebKitWebDriver started on a
// free port under xvfb-run (MiniBrowser's --headless hangs on this machine). The
// interface is described in driver.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Builder, By, Key } from 'selenium-webdriver';
import { freePort } from '../harness.mjs';
import { NAMED_KEYS, poller } from './driver.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = Object.fromEntries(NAMED_KEYS.map((k) => [k, Key[k.replace(/(?<=.)([A-Z])/g, '_$1').toUpperCase()]]));
KEYS.Backspace = Key.BACK_SPACE;

/** Resolves once the WebDriver server at `url` answers /status (throws after 20 s). */
async function answering(url, driverProcess) {
  const until = Date.now() + 20_000;
  for (;;) {
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driverProcess.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Ends xvfb-run (`child`) and all it started. First the driver alone: xvfb-run then stops
 * Xvfb and deletes its temporary folder itself (killed, it leaves the folder behind).
 * Then whatever is left in its process group (e.g. a MiniBrowser the driver left).
 */
async function stop(child) {
  const exited = new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  try {
    const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').split(' ').filter(Boolean);
    for (const pid of kids) {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'WebKitWebDriver') process.kill(Number(pid), 'SIGTERM');
    }
  } catch {
    // Gone already.
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    if (!alive()) return;
    process.kill(-child.pid, signal);
    for (let i = 0; i < 50 && alive(); i += 1) await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launch() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: its own process group, so that close() can end all it starts (stop()).
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  let driver;
  try {
    await answering(url, child);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ pageLoad: 30_000, script: 15_000 });
    await driver.manage().window().setRect({ width: 1100, height: 900 });
  } catch (e) {
    await driver?.quit().catch(() => {});
    await stop(child);
    throw e;
  }
  const element = (selector) => driver.findElement(By.css(selector));
  // The script's `arguments` are fn's arguments; WebDriver awaits a returned promise.
  const evaluate = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  return {
    name: 'webkit',
    open: (to) => driver.get(to),
    evaluate,
    waitFor: poller(evaluate),
    async keys(selector, ...keys) {
      await evaluate((s) => document.querySelector(s).focus(), selector);
      await driver
        .actions()
        .sendKeys(...keys.map((k) => KEYS[k] ?? k))
        .perform();
    },
    click: async (selector) => (await element(selector)).click(),
    screenshot: async (selector) => (await element(selector)).takeScreenshot(),
    async close() {
      await driver.quit().catch(() => {});
      await stop(child);
    },
  };
}
