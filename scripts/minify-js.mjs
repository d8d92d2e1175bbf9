// Trunk post-build hook for release builds: minifies the JavaScript with esbuild — the
// wasm-bindgen glue (Trunk's own minifier gives up on it: "RequiredTokenNotFound",
// 49 kB → 22 kB), its snippets (js/painter.js) and public/boot.js (copied as written,
// comments and all) — and drops the `rel=rust` link Trunk leaves in index.html when it
// injects no loader (inject_scripts = false): the browser ignores it, so it is only bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  const snippets = readdirSync(join(dir, 'snippets'), { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join('snippets', name));
  for (const name of ['trade-outlook.js', 'boot.js', ...snippets]) {
    const file = join(dir, name);
    const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
    writeFileSync(file, code);
  }
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace(/<link [^>]*\brel="?rust"?[^>]*>/, ''));
}
