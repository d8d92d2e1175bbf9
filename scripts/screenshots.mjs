// The README's screenshots of the release build in dist/: the first screen on a desktop
// (1280×800; light, and dark), a phone in Russian (360×740) and an embed in Uzbek
// (700×620); the printed page (A4's width, 794 CSS px, under print media); and the
// Russian link-preview image the build wrote.
//   node scripts/screenshots.mjs [OUT_DIR]   (default docs/)
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist } from '../e2e/harness.mjs';

const out = process.argv[2] ?? new URL('../docs/', import.meta.url).pathname;
const shots = [
  { name: 'screenshot-desktop.png', path: '', viewport: { width: 1280, height: 800 } },
  { name: 'screenshot-desktop-dark.png', path: '?theme=dark', viewport: { width: 1280, height: 800 } },
  { name: 'screenshot-phone-ru.png', path: '?lang=ru', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 },
  { name: 'screenshot-embed-uz.png', path: '?embed=1&lang=uz', viewport: { width: 700, height: 620 } },
  { name: 'print-page.png', path: '?theme=dark', viewport: { width: 794, height: 1123 }, media: 'print' },
];
const dist = new URL('../dist/', import.meta.url).pathname;
const preview = readdirSync(join(dist, 'preview')).find((f) => f.startsWith('ru-'));
copyFileSync(join(dist, 'preview', preview), join(out, 'preview-ru.png'));
console.log(`wrote ${join(out, 'preview-ru.png')}`);
const server = await serveDist();
const browser = await launch();
try {
  for (const { name, path, viewport, deviceScaleFactor = 1, media = 'screen' } of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor });
    await page.goto(`${server.origin}/${path}`);
    await page.waitForSelector('html[data-live]', { timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(media === 'print' ? 1500 : 600);
    await page.emulateMedia({ media });
    await page.screenshot({ path: join(out, name) });
    await page.close();
    console.log(`wrote ${join(out, name)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
