// Debian's nginx serving a bundle with the shipped configuration (README, "Host it"), as
// a host would: deploy/trade-outlook-map.conf in the `http` block, and either
// deploy/nginx.conf (a site of its own: only its `listen` and `root` lines are changed)
// or deploy/nginx-subpath.conf inside a server block of another site's, one with a
// regular-expression location for .js/.css/.wasm files as many sites have; both include
// deploy/trade-outlook.conf (named by its path here, not from /etc/nginx/snippets/). The
// main configuration is the test's own (its logs, pid and temporary files in a folder
// of its own, the brotli modules Debian installed).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './harness.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const DEPLOY = new URL('../deploy/', import.meta.url).pathname;
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
/** The sub-path deploy/nginx-subpath.conf serves the app under. */
export const SUB_PATH = '/charts/trade-outlook/';

/** `text` (of deploy/`file`) with the one line matching `pattern` replaced by `line` (throws unless exactly one). */
function replaceLine(file, text, pattern, line) {
  const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1) throw new Error(`deploy/${file}: ${matches.length} lines match ${pattern}`);
  return text.replace(new RegExp(pattern.source, 'm'), line);
}

/** deploy/`file` with its `include snippets/trade-outlook.conf;` naming the file in deploy/. */
function deployFile(file) {
  const text = readFileSync(join(DEPLOY, file), 'utf8');
  return replaceLine(file, text, /^\s*include snippets\/trade-outlook\.conf;$/, `    include ${DEPLOY}trade-outlook.conf;`);
}

/** deploy/nginx.conf listening on 127.0.0.1:`port` only, serving `root`. */
export function siteConfig(port, root) {
  let conf = deployFile('nginx.conf');
  conf = replaceLine('nginx.conf', conf, /^\s*listen 80;$/, `    listen 127.0.0.1:${port};`);
  conf = replaceLine('nginx.conf', conf, /^\s*listen \[::\]:80;\n/, '');
  return replaceLine('nginx.conf', conf, /^\s*root [^;]+;$/, `    root ${root};`);
}

/**
 * Another site's server block on 127.0.0.1:`port`, its own pages in `siteRoot`, with a
 * location many sites have (their scripts and styles cached a week) and
 * deploy/nginx-subpath.conf serving the app from `appRoot` under SUB_PATH.
 */
function subPathConfig(port, siteRoot, appRoot) {
  const locations = replaceLine(
    'nginx-subpath.conf',
    deployFile('nginx-subpath.conf'),
    /^\s*alias [^;]+;$/,
    `    alias ${appRoot.replace(/\/?$/, '/')};`,
  );
  return [
    'server {',
    `  listen 127.0.0.1:${port};`,
    `  root ${siteRoot};`,
    '  location / { try_files $uri $uri/ =404; }',
    '  location ~* \\.(css|js|wasm|svg)$ { expires 7d; }',
    locations,
    '}',
  ].join('\n');
}

/**
 * Serves the bundle at `root` (dist/ by default; a symbolic link is followed on each
 * request, so a test can switch builds) with nginx on a free port of 127.0.0.1;
 * resolves to { origin, close }.
 */
export function serveNginx(root = DIST) {
  return startNginx((port) => siteConfig(port, root));
}

/**
 * Serves the bundle at `root` under SUB_PATH of another site (deploy/nginx-subpath.conf
 * in a server block with a regular-expression location for scripts and styles);
 * resolves to { origin, close } (origin without the sub-path).
 */
export function serveNginxSubPath(root = DIST) {
  return startNginx((port, dir) => {
    const siteRoot = join(dir, 'site');
    mkdirSync(siteRoot);
    writeFileSync(join(siteRoot, 'index.html'), '<!doctype html><title>Another site</title><p>Another site');
    writeFileSync(join(siteRoot, 'site.js'), '// the other site\'s script\n');
    return subPathConfig(port, siteRoot, root);
  });
}

/** nginx with the server block `site(port, dir)` on a free port; resolves to { origin, close }. */
async function startNginx(site) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'trade-outlook-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/${k};`);
  writeFileSync(join(dir, 'site.conf'), site(port, dir));
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
      `  include ${DEPLOY}trade-outlook-map.conf;`,
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
