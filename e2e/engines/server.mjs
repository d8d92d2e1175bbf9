// The smoke suite's server: dist/ on a free port of 127.0.0.1 under the strict CSP, each
// HTML page with `<script src="/__probe.js">` (probe.js) put first in its <head>.
import { CSP, serveDist } from '../harness.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PROBE = new URL('./probe.js', import.meta.url).pathname;

/** `html` with the probe first in <head> (Trunk's minified index.html has no <head> tag). */
function withProbe(html) {
  const tag = '<script src="/__probe.js"></script>';
  const at = /<head(\s[^>]*)?>/i.exec(html) ?? /<html(\s[^>]*)?>/i.exec(html);
  if (!at) throw new Error('no <head> or <html> tag to put the probe after');
  const end = at.index + at[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}

/** Serves dist/ as described above (`files`: other files at given paths); resolves to { origin, close }. */
export function serveWithProbe(files = {}) {
  return serveDist({ 'content-security-policy': CSP, 'cache-control': 'no-store' }, DIST, {
    files: { '/__probe.js': PROBE, ...files },
    html: withProbe,
  });
}
