// Hosting like a publisher (issue 18): the release bundle behind Debian's nginx with
// deploy/'s files: the headers each file type gets (CSP, type, cache lifetime,
// precompressed copies), the built pages' one inline script, the app under a sub-path
// of another site's server block (issue 24), and an update from one build to the next
// in a browser that keeps its cache: the new build shows at once, never mixed with the
// old one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressBundle } from '../scripts/compress.mjs';
import { isVersioned, unversioned, versionAssets, versionedFile } from '../scripts/version-assets.mjs';
import { CSP, launch, openPage, ready } from './harness.mjs';
import { serveNginx, serveNginxSubPath, SUB_PATH } from './nginx.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The versioned files of the bundle in `dir` (paths from its top), the painter's too. */
function versionedFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((p) => p.split('\\').join('/'))
    .filter(isVersioned);
}

/** GET `path` from `origin` with `headers`; resolves to { status, headers, bytes } (bytes as sent). */
function get(origin, path, headers = {}) {
  // Node's fetch would decode the body: the bytes as sent are compared with the files.
  return new Promise((resolve, reject) => {
    request(`${origin}/${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('hosting behind nginx with deploy/nginx.conf', () => {
  let server;
  before(async () => {
    server = await serveNginx();
  });
  after(() => server?.close());

  it('sends the page with the strict CSP, to be revalidated (ETag, 304)', async () => {
    const page = await get(server.origin, '');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.headers['content-security-policy'], CSP, 'deploy/trade-outlook.conf sends the build\'s policy (node scripts/csp.mjs --write)');
    assert.ok(readFileSync(new URL('../README.md', import.meta.url), 'utf8').includes(`\nContent-Security-Policy: ${CSP}\n`), 'the README gives the build\'s policy (node scripts/csp.mjs --write)');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.ok(page.headers.etag, 'an ETag to revalidate with');
    const again = await get(server.origin, '', { 'if-none-match': page.headers.etag });
    assert.equal(again.status, 304, 'unchanged: not sent again');
    assert.equal((await get(server.origin, 'no-such-file.js')).status, 404);
  });

  it('sends the headers a security scanner expects on every page', async () => {
    for (const path of ['', 'ru/', 'uz/', 'be/', 'embed-example.html', 'data/belarus-uzbekistan.json', 'no-such-file.js']) {
      const res = await get(server.origin, path);
      assert.equal(res.headers['content-security-policy'], CSP, path);
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'none'"]) {
        assert.ok(CSP.includes(directive), directive);
      }
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
      assert.equal(res.headers.server, 'nginx', `${path}: no version`);
    }
  });

  it('sends each versioned file precompressed, to be kept a year', async () => {
    const files = versionedFiles(DIST);
    assert.deepEqual(
      files.map((f) => unversioned(f).replace(/^snippets\/[^/]+\//, '')).sort(),
      ['boot.js', 'js/painter.js', 'trade-outlook.js', 'trade-outlook_bg.wasm'],
    );
    const types = { js: 'application/javascript', wasm: 'application/wasm' };
    for (const file of files) {
      const type = types[file.split('.').pop()];
      for (const [accept, encoding, copy] of [['br, gzip', 'br', `${file}.br`], ['gzip', 'gzip', `${file}.gz`], ['', undefined, file]]) {
        const res = await get(server.origin, file, accept ? { 'accept-encoding': accept } : {});
        assert.equal(res.status, 200, file);
        assert.equal(res.headers['cache-control'], IMMUTABLE, `${file}: cache-control`);
        assert.match(res.headers['content-type'], new RegExp(`^${type}\\b`), `${file}: content-type`);
        assert.equal(res.headers['content-encoding'], encoding, `${file} for "${accept}"`);
        assert.ok(res.bytes.equals(readFileSync(join(DIST, copy))), `${file} for "${accept}": the bytes of ${copy}`);
      }
    }
  });

  it('sends data and language files fresh on each visit, data compressed as it is sent', async () => {
    assert.equal(existsSync(join(DIST, 'data/belarus-uzbekistan.json.gz')), false, 'no stale copy beside a data file');
    const data = await get(server.origin, 'data/belarus-uzbekistan.json', { 'accept-encoding': 'gzip' });
    assert.equal(data.status, 200);
    assert.equal(data.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(data.headers['cache-control'], 'no-cache');
    assert.equal(data.headers['content-encoding'], 'gzip');
    assert.ok(data.bytes.length < statSync(join(DIST, 'data/belarus-uzbekistan.json')).size / 2);
    for (const path of ['locales/ru.txt', 'embed-host.js', 'embed-example.html']) {
      const res = await get(server.origin, path, { 'accept-encoding': 'br' });
      assert.equal(res.headers['cache-control'], 'no-cache', `${path}: fixed name, revalidated`);
      assert.equal(res.headers['content-encoding'], 'br', `${path}: precompressed`);
    }
    assert.equal((await get(server.origin, 'locales/ru.txt')).headers['content-type'], 'text/plain; charset=utf-8');
  });

  it('sends each language\'s page like the root\'s, and the preview images to be kept a year', async () => {
    for (const lang of ['ru', 'uz', 'be']) {
      const page = await get(server.origin, `${lang}/`, { 'accept-encoding': 'br' });
      assert.equal(page.status, 200, lang);
      assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(page.headers['content-security-policy'], CSP);
      assert.equal(page.headers['cache-control'], 'no-cache');
      assert.equal(page.headers['content-encoding'], 'br');
      assert.ok(page.bytes.equals(readFileSync(join(DIST, lang, 'index.html.br'))));
      const bare = await get(server.origin, lang);
      assert.equal(bare.status, 301, `/${lang} is sent on to /${lang}/`);
      assert.match(bare.headers.location, new RegExp(`/${lang}/$`));
    }
    const previews = readdirSync(join(DIST, 'preview'));
    assert.deepEqual(previews.map((f) => f.slice(0, 2)).sort(), ['be', 'en', 'ru', 'uz']);
    for (const file of previews) {
      const res = await get(server.origin, `preview/${file}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.equal(res.headers['cache-control'], IMMUTABLE, file);
    }
  });
});

describe('the built pages', () => {
  it('hold no inline script but first-view.js, which their policy allows by its hash', () => {
    // A page `trunk serve` wrote holds its live-reload script too: dist/ must come from
    // `make build` (`make serve` builds into target/serve/).
    for (const page of ['index.html', 'ru/index.html', 'uz/index.html', 'be/index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      assert.equal(inline.length, 1, `${page}: one inline script, the first view's (found ${inline.length})`);
      assert.ok(!/WebSocket|__trunk/.test(inline[0]), `${page}: not Trunk's live-reload script`);
      const hash = createHash('sha256').update(inline[0]).digest('base64');
      assert.ok(CSP.includes(`'sha256-${hash}'`), `${page}: its inline script is the one the policy allows`);
    }
  });
});

describe('under a sub-path of another site behind nginx', () => {
  let server;
  before(async () => {
    server = await serveNginxSubPath();
  });
  after(() => server?.close());

  it('sends the app\'s files, not the site\'s, though the site has a location for .js, .css and .wasm', async () => {
    const bare = await get(server.origin, SUB_PATH.slice(1, -1));
    assert.equal(bare.status, 301, 'the address without its slash is sent on');
    assert.ok(bare.headers.location.endsWith(SUB_PATH), bare.headers.location);
    const page = await get(server.origin, SUB_PATH.slice(1));
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-security-policy'], CSP);
    for (const name of ['trade-outlook_bg.wasm', 'trade-outlook.js', 'boot.js']) {
      const file = await get(server.origin, `${SUB_PATH.slice(1)}${versionedFile(DIST, name)}`);
      assert.equal(file.status, 200, name);
      assert.equal(file.headers['cache-control'], IMMUTABLE, `${name}: the app's headers, not the site's`);
    }
    assert.equal((await get(server.origin, 'site.js')).headers['cache-control'], 'max-age=604800', 'the site\'s own files keep its rule');
  });

  it('runs there in every language', async () => {
    const browser = await launch();
    try {
      for (const path of ['', 'ru/']) {
        const { page, problems, close } = await openPage(browser, server.origin);
        await page.goto(`${server.origin}${SUB_PATH}${path}`);
        await ready(page);
        assert.match(await page.getAttribute('[data-testid="target-year"]', 'data-value'), /^\d{4}$/, `${path}: the answer`);
        assert.deepEqual(problems, [], path);
        await close();
      }
    } finally {
      await browser.close();
    }
  });
});

/**
 * A second build made from the first: a line added to its boot script (`data-build="B"`
 * on the root element) and a custom section appended to its .wasm (a valid module with
 * other bytes), versioned and compressed again as the build does.
 */
function nextBuild(from, to) {
  cpSync(from, to, { recursive: true });
  const boot = join(to, versionedFile(to, 'boot.js'));
  writeFileSync(boot, `${readFileSync(boot, 'utf8')}document.documentElement.dataset.build="B";`);
  const wasm = join(to, versionedFile(to, 'trade-outlook_bg.wasm'));
  const name = Buffer.from('build');
  const section = Buffer.concat([Buffer.from([0, name.length + 2, name.length]), name, Buffer.from('B')]);
  writeFileSync(wasm, Buffer.concat([readFileSync(wasm), section]));
  for (const f of readdirSync(to, { recursive: true })) {
    if (/\.(gz|br)$/.test(f)) rmSync(join(to, f));
  }
  versionAssets(to);
  compressBundle(to);
}

describe('an update behind nginx', () => {
  it('shows the new build on the next visit, all of it, while the old one came from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trade-outlook-update-'));
    const [a, b, live] = ['a', 'b', 'live'].map((n) => join(dir, n));
    cpSync(DIST, a, { recursive: true });
    nextBuild(a, b);
    const bFiles = versionedFiles(b);
    for (const name of ['trade-outlook_bg.wasm', 'trade-outlook.js', 'boot.js']) {
      assert.notEqual(versionedFile(b, name), versionedFile(a, name), `${name}: a new name`);
    }
    symlinkSync(a, live);
    const server = await serveNginx(live);
    const browser = await launch();
    try {
      const { page, problems, close } = await openPage(browser, server.origin);
      /** The same-origin files this page loaded: { path: taken from the cache? }. */
      const loaded = () =>
        page.evaluate(() =>
          Object.fromEntries(
            performance
              .getEntriesByType('resource')
              .filter((e) => e.name.startsWith(location.origin))
              .map((e) => [new URL(e.name).pathname.slice(1), e.transferSize === 0 && e.decodedBodySize > 0]),
          ),
        );
      const build = () => page.evaluate(() => document.documentElement.dataset.build ?? '');
      await page.goto(`${server.origin}/`);
      await ready(page);
      await page.reload();
      await ready(page);
      const second = await loaded();
      for (const f of versionedFiles(a).filter((p) => !p.startsWith('snippets/'))) {
        assert.equal(second[f], true, `${f}: from the cache on the second visit (${JSON.stringify(second)})`);
      }
      assert.equal(await build(), '');

      // Deployed as publishers do: the new folder swapped in at once.
      symlinkSync(b, `${live}.next`);
      renameSync(`${live}.next`, live);
      await page.reload();
      await ready(page);
      assert.equal(await build(), 'B', 'the new boot script');
      const third = Object.keys(await loaded());
      const versioned = third.filter(isVersioned);
      assert.ok(versioned.length >= 4, `versioned files loaded: ${versioned}`);
      for (const p of versioned) assert.ok(bFiles.includes(p), `${p} is the new build's`);
      assert.ok(third.includes(versionedFile(b, 'trade-outlook_bg.wasm')), 'the new .wasm');
      assert.deepEqual(problems, []);
      await close();
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
