// Precompressed copies for the release bundle (issue 18): `name.gz` (gzip -9) and
// `name.br` (brotli, quality 11) beside each text and .wasm file, so that a server sends
// them as they are (nginx: gzip_static, brotli_static) instead of compressing the same
// bytes on every request. Not the data files (data/*.json): an editor replaces those on
// the server (README, "Keep the figures current"), and a copy left beside would be sent
// in place of the new file; the server compresses them as it sends them.
// Run by scripts/post-build.mjs on the bundle, and by `make first-view` on the page it
// rewrites: node scripts/compress.mjs FILE_OR_FOLDER...
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files worth compressing, by extension. */
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|txt)$/;

/** Writes `file`.gz and `file`.br. */
export function compressFile(file) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params }));
}

/** Compresses every compressible file under `dir` but the data files; returns how many. */
export function compressBundle(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => COMPRESSIBLE.test(p) && !p.startsWith('data/'));
  for (const path of files) compressFile(join(dir, path));
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const target of process.argv.slice(2)) {
    if (statSync(target).isDirectory()) compressBundle(target);
    else compressFile(target);
  }
}
