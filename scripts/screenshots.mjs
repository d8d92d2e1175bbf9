// The README's screenshots of the release build in dist/: the first screen on a desktop
// (1280×800), a phone (360×740) and in the example article's embed (700 px wide).
//   node scripts/screenshots.mjs [OUT_DIR]   (default docs/)
import { join } from 'node:path';
import { launch, serveDist } from '../e2e/harness.mjs';

const out = process.argv[2] ?? new URL('../docs/', import.meta.url).pathname;
const shots = [
  { name: 'screenshot-desktop.png', path: '', viewport: { width: 1280, height: 800 } },
  { name: 'screenshot-phone.png', path: '', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 },
  { name: 'screenshot-embed.png', path: '?embed=1', viewport: { width: 700, height: 620 } },
];
const server = await serveDist();
const browser = await launch();
try {
  for (const { name, path, viewport, deviceScaleFactor = 1 } of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor });
    await page.goto(`${server.origin}/${path}`);
    await page.waitForSelector('html[data-live]', { timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, name) });
    await page.close();
    console.log(`wrote ${join(out, name)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
