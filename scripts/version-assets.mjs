// Versioned file names for the release bundle (issue 18). Each file the page loads from
// index.html gets its content's hash in its name (`boot.js` → `boot-<hash>.js`), and
// the files that name it are rewritten to the new name, each before its own hash is taken,
// so that a hash covers the names of the files a file loads:
//   painter.js (a wasm-bindgen snippet; its worker is started from its own URL)
//     ← trade-outlook.js (the JS glue) ← boot.js → trade-outlook_bg.wasm
//   index.html → boot.js, and the glue and .wasm (preloads);
//   so does each language's page (ru/index.html, …: `../main-<hash>.css`), when the
//   bundle has them (the build writes them after this step; a bundle versioned again
//   has them already).
// A host can keep these files for a year (`immutable`: deploy/nginx.conf); a new build
// has new names, so no cache can pair an old glue with a new .wasm. index.html, the data
// and language files, embed-host.js (named by other sites' pages), the example article
// and the icon keep their names and are revalidated on every visit.
// A bundle whose files carry a hash already is versioned again the same way (the update
// test changes a built bundle and versions it again: e2e/hosting.test.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A versioned name's hash: 16 hex digits of the SHA-256 of the content, before the extension. */
const HASH = /-[0-9a-f]{16}(?=\.[a-z]+$)/;

/**
 * The versioned files (their names without a hash, from the bundle's top), each after
 * the files it names; the painter's folder is named by wasm-bindgen.
 */
// (The stylesheet and first-view.js are not versioned: the build puts them into the
// pages, src/prerender/inline.rs.)
const VERSIONED = [
  /^snippets\/[^/]+\/js\/painter\.js$/,
  /^trade-outlook_bg\.wasm$/,
  /^trade-outlook\.js$/,
  /^boot\.js$/,
];

/** `path` without its hash: `main-0123456789abcdef.css` → `main.css`. */
export const unversioned = (path) => path.replace(HASH, '');

/** Whether `path` names a versioned file. */
export const isVersioned = (path) => HASH.test(path);

/** `path` named after `content`: `main.css` → `main-<hash>.css`. */
function versionedName(path, content) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
  return unversioned(path).replace(/(\.[a-z]+)$/, `-${hash}$1`);
}

/**
 * `text` with the file `from` (a path from the bundle's top) named `to` wherever a
 * file at the top names it: as a whole path, after a quote, `=`, `./` or a space.
 */
function renamedIn(text, from, to) {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<=["'=\\s]|\\./|^)${escaped}(?=["'\\s>?#]|$)`, 'gm'), to);
}

/**
 * Gives the files of the bundle in `dir` their versioned names and rewrites the names
 * in index.html and in the versioned files that load them; returns the versioned paths
 * (from the bundle's top) by their unversioned ones.
 */
export function versionAssets(dir) {
  const paths = readdirSync(dir, { recursive: true }).map((p) => p.split('\\').join('/'));
  const files = VERSIONED.map((pattern) => {
    const path = paths.find((p) => pattern.test(unversioned(p)));
    if (!path) throw new Error(`${dir}: no file ${pattern} to version`);
    return path;
  });
  const pages = paths.filter((p) => p === 'index.html' || /^[a-z]{2}\/index\.html$/.test(p));
  const versioned = {};
  files.forEach((path, i) => {
    const to = versionedName(path, readFileSync(join(dir, path)));
    if (to !== path) {
      renameSync(join(dir, path), join(dir, to));
      // The files that may name it: the pages and the scripts versioned after it.
      for (const referrer of [...pages, ...files.slice(i + 1).filter((f) => f.endsWith('.js'))]) {
        const file = join(dir, referrer);
        const text = readFileSync(file, 'utf8');
        const rewritten = renamedIn(text, path, to);
        if (rewritten !== text) writeFileSync(file, rewritten);
      }
    }
    versioned[unversioned(path)] = to;
  });
  // index.html names every file at the top, loaded or preloaded (a name missed: a 404).
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const name of ['boot.js', 'trade-outlook.js', 'trade-outlook_bg.wasm']) {
    if (!page.includes(versioned[name])) throw new Error(`index.html does not name ${versioned[name]}`);
  }
  return versioned;
}

/** The versioned name `name` (a file at the bundle's top) has in `dir` (for the tests and benchmarks). */
export function versionedFile(dir, name) {
  const found = readdirSync(dir).find((f) => unversioned(f) === name && f !== name);
  if (!found) throw new Error(`${dir}: no versioned ${name}`);
  return found;
}

