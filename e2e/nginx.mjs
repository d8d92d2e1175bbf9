// Debian's nginx serving a bundle with the shipped configuration, deploy/nginx.conf, as
// a host would (README, "Host it"): only its `listen` and `root` lines are changed, and
// it is included in a main configuration of the test's own (its logs, pid and temporary
// files in a folder of its own, the brotli modules Debian installed).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './harness.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const CONF = new URL('../deploy/nginx.conf', import.meta.url).pathname;
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** `text` with the one line matching `pattern` replaced by `line` (throws unless exactly one). */
function replaceLine(text, pattern, line) {
  const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1) throw new Error(`deploy/nginx.conf: ${matches.length} lines match ${pattern}`);
  return text.replace(new RegExp(pattern.source, 'm'), line);
}

/** deploy/nginx.conf listening on 127.0.0.1:`port` only, serving `root`. */
export function siteConfig(port, root) {
  let conf = readFileSync(CONF, 'utf8');
  conf = replaceLine(conf, /^\s*listen 80;$/, `    listen 127.0.0.1:${port};`);
  conf = replaceLine(conf, /^\s*listen \[::\]:80;\n/, '');
  return replaceLine(conf, /^\s*root [^;]+;$/, `    root ${root};`);
}

/**
 * Serves the bundle at `root` (dist/ by default; a symbolic link is followed on each
 * request, so a test can switch builds) with nginx on a free port of 127.0.0.1;
 * resolves to { origin, close }.
 */
export async function serveNginx(root = DIST) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'trade-outlook-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/${k};`);
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, nginx would hand requests to `nobody`, who may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'include /etc/nginx/modules-enabled/*.conf;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((t) => `  ${t}`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  // Debian's own prefix (where modules-enabled/ finds the modules); every file of this
  // server is named by its whole path.
  const nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => nginx.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  for (let tries = 0; ; tries += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${log()}`);
    try {
      await fetch(`${origin}/favicon.svg`);
      break;
    } catch {
      if (tries > 100) throw new Error(`nginx does not answer on ${origin}: ${log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    async close() {
      if (nginx.exitCode === null) nginx.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
