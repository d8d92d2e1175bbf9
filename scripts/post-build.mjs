// Trunk post-build hook (Trunk.toml), on the staged bundle:
// 1. the first view: runs the native `prerender` binary on the staged index.html (the
//    default scenario's first screen, its chart drawn by the app's own chart code as SVG,
//    from data/belarus-uzbekistan.json; the page's title and description from that file);
// 2. release builds: minifies the JavaScript with esbuild — the wasm-bindgen glue
//    (Trunk's own minifier gives up on it: "RequiredTokenNotFound", 49 kB → 22 kB), its
//    snippets (js/painter.js) and public/boot.js and first-view.js (copied as written) —
//    and drops the `rel=rust` link Trunk leaves in index.html when it injects no loader
//    (inject_scripts = false): the browser ignores it, so it is only bytes;
// 3. release builds: names the files index.html loads after their content
//    (version-assets.mjs; Trunk's own `filehash` cannot reach the names boot.js imports)
//    and writes their precompressed copies (compress.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { compressBundle } from './compress.mjs';
import { versionAssets } from './version-assets.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const html = join(dir, 'index.html');

// The prerender is plain stable Rust built natively in the shared target directory: the
// size build's settings (Makefile, SIZE_BUILD) must not reach it.
const env = { ...process.env };
for (const name of ['RUSTC_BOOTSTRAP', 'CARGO_TARGET_DIR', 'CARGO_UNSTABLE_BUILD_STD']) delete env[name];
execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'prerender', '--', '--page', html], {
  cwd: process.env.TRUNK_SOURCE_DIR ?? process.cwd(),
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
let page = readFileSync(html, 'utf8');

if (process.env.TRUNK_PROFILE === 'release') {
  const snippets = readdirSync(join(dir, 'snippets'), { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join('snippets', name));
  for (const name of ['trade-outlook.js', 'boot.js', 'first-view.js', ...snippets]) {
    const file = join(dir, name);
    const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: name === 'first-view.js' ? 'iife' : 'esm', target: 'es2020' });
    writeFileSync(file, code);
  }
  page = page.replace(/<link [^>]*\brel="?rust"?[^>]*>/, '');
}
writeFileSync(html, page);

if (process.env.TRUNK_PROFILE === 'release') {
  versionAssets(dir);
  compressBundle(dir);
}
