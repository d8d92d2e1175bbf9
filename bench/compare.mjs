// Before/after on a noisy machine: main-thread work per slider step of two bundles,
// measured in turns (A, B, A, B, …) in one browser, so that a slower minute hits both.
//
//   node bench/compare.mjs BEFORE_DIR AFTER_DIR [ROUNDS]
//
// Each round measures each bundle as bench.mjs does (see turns.mjs): wall-clock work
// (as issue 6 defines it) with its script, layout and style shares, and the main
// thread's CPU time. Prints the median of the rounds and each round.
// Keep a bundle with `cp -r dist /tmp/before` before changing the code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from '../e2e/harness.mjs';
import { inTurns } from './turns.mjs';

const [before, after, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
if (!before || !after || !(rounds >= 1)) {
  console.error('usage: node bench/compare.mjs BEFORE_DIR AFTER_DIR [ROUNDS]');
  process.exit(2);
}
const dirs = [before, after].map((d) => resolve(d));
for (const d of dirs) if (!existsSync(join(d, 'index.html'))) throw new Error(`${d} has no index.html`);

const servers = await Promise.all(dirs.map((d) => serveDist({}, d)));
let results;
try {
  results = await inTurns(servers.map((s) => `${s.origin}/`), rounds);
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
const f = (x) => `${x.toFixed(2)} ms`;
for (const [i, name] of ['before', 'after'].entries()) {
  const r = results[i];
  console.log(`${name.padEnd(6)}  work/step ${f(r.wall)} (CPU ${f(r.cpu)})  rounds: ${r.rounds.map((x) => x.toFixed(2)).join(', ')}  ${dirs[i]}`);
  console.log(`        script ${f(r.script)}, layout ${f(r.layout)}, style ${f(r.style)}`);
}
const change = results[1].wall - results[0].wall;
console.log(`change  ${change > 0 ? '+' : ''}${f(change)} (${((100 * change) / results[0].wall).toFixed(0)} %)`);
