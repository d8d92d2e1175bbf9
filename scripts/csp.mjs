// The Content Security Policy of the built pages (issue 23): the build puts the
// stylesheet and first-view.js into each page and writes the policy that allows exactly
// them, by their SHA-256 hashes, into each page's <meta> (src/prerender/inline.rs).
// Hosts send the same policy as a header: deploy/trade-outlook.conf (nginx) and the README give it, and
// e2e/hosting.test.mjs fails when they differ from the build's. After a change to the
// stylesheet or first-view.js: `make build`, then `node scripts/csp.mjs --write`.
//   node scripts/csp.mjs [--write] [DIST]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../', import.meta.url).pathname;

/** The policy in the <meta> of the built index.html in `dir`. */
export function builtPolicy(dir = join(ROOT, 'dist')) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const found = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!found) throw new Error(`${dir}/index.html has no Content-Security-Policy <meta>: run make build`);
  return found[1];
}

/** The places a host reads the policy from, and how each writes it. */
const PLACES = [
  ['deploy/trade-outlook.conf', /(^\s*add_header Content-Security-Policy ")([^"]*)(" always;)/gm],
  ['deploy/trade-outlook.conf', /(^\s*# add_header Content-Security-Policy ")([^"]*?)(; frame-ancestors)/gm],
  ['README.md', /(\nContent-Security-Policy: )([^\n]*)(\n)/g],
];

/** Writes `policy` into every place; returns the files changed. */
export function writePolicy(policy) {
  const changed = new Set();
  for (const [file, pattern] of PLACES) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(pattern, (_, before, _old, after) => `${before}${policy}${after}`);
    if (next !== text) {
      writeFileSync(path, next);
      changed.add(file);
    }
  }
  return [...changed];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const policy = builtPolicy(args.find((a) => !a.startsWith('--')));
  console.log(policy);
  if (args.includes('--write')) console.error(`wrote: ${writePolicy(policy).join(', ') || 'nothing (already the same)'}`);
}
