// Trunk post-build hook (Trunk.toml), on the staged bundle:
// 1. release builds: minifies the JavaScript and the stylesheet with esbuild — the
//    wasm-bindgen glue (Trunk's own minifier gives up on it: "RequiredTokenNotFound",
//    49 kB → 22 kB), its snippets (js/painter.js), public/boot.js and first-view.js, and
//    style/main.css — and drops the `rel=rust` link Trunk leaves in index.html when it
//    injects no loader (inject_scripts = false): the browser ignores it, so it is only
//    bytes;
// 2. release builds: names the files index.html loads after their content
//    (version-assets.mjs; Trunk's own `filehash` cannot reach the names boot.js imports);
// 3. the pages: runs the native `prerender` binary on the staged bundle — index.html
//    with the default scenario's first screen in every language (the app's own
//    components rendered to HTML, the chart drawn as SVG by its chart code), a page per
//    language beside it (ru/index.html, …) and their preview images, all from
//    data/belarus-uzbekistan.json (SITE_URL gives them their public address); the
//    stylesheet and first-view.js go into each page, allowed by the page's CSP;
// 4. release builds: writes the precompressed copies of every page and file
//    (compress.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { compressBundle } from './compress.mjs';
import { versionAssets } from './version-assets.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

if (release) {
  const snippets = readdirSync(join(dir, 'snippets'), { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join('snippets', name));
  const css = readdirSync(dir).filter((name) => name.endsWith('.css') && !name.startsWith('embed-example'));
  for (const name of ['trade-outlook.js', 'boot.js', 'first-view.js', ...snippets, ...css]) {
    const file = join(dir, name);
    const loader = name.endsWith('.css') ? 'css' : 'js';
    const format = loader === 'css' ? undefined : name === 'first-view.js' ? 'iife' : 'esm';
    const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, loader, format, target: 'es2020' });
    writeFileSync(file, code);
  }
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace(/<link [^>]*\brel="?rust"?[^>]*>/, ''));
  versionAssets(dir);
}

// The prerender is plain stable Rust built natively in the shared target directory: the
// size build's settings (Makefile, SIZE_BUILD) must not reach it.
const env = { ...process.env };
for (const name of ['RUSTC_BOOTSTRAP', 'CARGO_TARGET_DIR', 'CARGO_UNSTABLE_BUILD_STD']) delete env[name];
execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'prerender', '--', '--site', dir], {
  cwd: process.env.TRUNK_SOURCE_DIR ?? process.cwd(),
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});

if (release) compressBundle(dir);
