// The smoke suite's server: dist/ on a free port of 127.0.0.1 under the strict CSP, each
// HTML page with `<script src="/__probe.js">` (probe.js) put first in its <head>.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { CSP, TYPES } from '../harness.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PROBE = new URL('./probe.js', import.meta.url).pathname;

/** `html` with the probe first in <head> (Trunk's minified index.html has no <head> tag). */
export function withProbe(html) {
  const tag = '<script src="/__probe.js"></script>';
  const at = /<head(\s[^>]*)?>/i.exec(html) ?? /<html(\s[^>]*)?>/i.exec(html);
  if (!at) throw new Error('no <head> or <html> tag to put the probe after');
  const end = at.index + at[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}

/** Serves dist/ as described above; resolves to { origin, close }. */
export async function serveWithProbe() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const inDist = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    const file = path === '/__probe.js' ? PROBE : inDist;
    if (file !== PROBE && !file.startsWith(DIST)) return res.writeHead(403).end();
    try {
      let body = await readFile(file);
      if (extname(file) === '.html') body = withProbe(body.toString('utf8'));
      res.writeHead(200, {
        'content-security-policy': CSP,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections(); // the browsers' kept-alive connections
      }),
  };
}
