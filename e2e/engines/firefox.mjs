// Firefox for the smoke suite: Debian's firefox-esr, headless, driven by puppeteer-core
// over WebDriver BiDi (the interface is described in driver.mjs).
import puppeteer from 'puppeteer-core';
import { NAMED_KEYS, poller } from './driver.mjs';

export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1100, height: 900 });
  page.setDefaultTimeout(10_000);
  const evaluate = (fn, ...args) => page.evaluate(fn, ...args);
  return {
    name: 'firefox',
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate,
    waitFor: poller(evaluate),
    async keys(selector, ...keys) {
      await page.focus(selector);
      for (const key of keys) {
        if (NAMED_KEYS.includes(key)) await page.keyboard.press(key);
        else await page.keyboard.type(key);
      }
    },
    click: (selector) => page.click(selector),
    async screenshot(selector) {
      const element = await page.waitForSelector(selector);
      return element.screenshot({ encoding: 'base64' });
    },
    close: () => browser.close(),
  };
}
