// Paints the charts' recorded drawings (src/chart/canvas_ops.rs) on their canvases.
//
// The charts' canvases are handed to a worker (`transferControlToOffscreen`): the
// worker paints each drawing and the browser shows it without the page's main thread,
// which then only records the drawing while a slider moves (issue 6: the canvas paint
// and its hand-over were a third of the main thread's work per step). The PNG export's
// canvas, and every canvas in a browser without OffscreenCanvas or workers, are painted
// here. This one file is both: the app's module and, loaded again, the worker.
//
// A drawing is `ops`, numbers (an operation code, then its numbers), and `texts`, the
// strings the operations take in order, joined by NUL. After painting a canvas, a
// `painted` event is dispatched on it with the painting's `start` and `end`
// (`performance.now()` of this page), `offThread`, and the `width` and `height` painted
// (device pixels): tests and the benchmark wait for it.
//
// Nothing here throws into the app: a drawing that cannot be painted is reported with
// `console.warn` and the chart keeps its last painting. A worker that stops answering
// (it died, or never started) is replaced by painting on the page.

const TAU = 2 * Math.PI;

// The operations, by code: [name, numbers, texts]. The same table as OPERATIONS in
// src/chart/canvas_ops/operations.rs: a native test compares the two, and checks that
// each replay below reads exactly its numbers (`o[i]` on) and texts (`s[k]` on).
const OPERATIONS = [
  ['beginPath', 0, 0],
  ['moveTo', 2, 0],
  ['lineTo', 2, 0],
  ['circle', 3, 0],
  ['closePath', 0, 0],
  ['stroke', 0, 0],
  ['fill', 0, 0],
  ['fillRect', 4, 0],
  ['strokeRect', 4, 0],
  ['fillStyle', 0, 1],
  ['strokeStyle', 0, 1],
  ['lineWidth', 1, 0],
  ['font', 0, 1],
  ['anchor', 0, 2],
  ['fillText', 3, 1],
];

/** How each operation is replayed on the context `c`. */
const REPLAY = {
  beginPath: (c) => c.beginPath(),
  moveTo: (c, o, i) => c.moveTo(o[i], o[i + 1]),
  lineTo: (c, o, i) => c.lineTo(o[i], o[i + 1]),
  circle: (c, o, i) => c.arc(o[i], o[i + 1], o[i + 2], 0, TAU),
  closePath: (c) => c.closePath(),
  stroke: (c) => c.stroke(),
  fill: (c) => c.fill(),
  fillRect: (c, o, i) => c.fillRect(o[i], o[i + 1], o[i + 2], o[i + 3]),
  strokeRect: (c, o, i) => c.strokeRect(o[i], o[i + 1], o[i + 2], o[i + 3]),
  fillStyle: (c, o, i, s, k) => {
    c.fillStyle = s[k];
  },
  strokeStyle: (c, o, i, s, k) => {
    c.strokeStyle = s[k];
  },
  lineWidth: (c, o, i) => {
    c.lineWidth = o[i];
  },
  font: (c, o, i, s, k) => {
    c.font = s[k];
  },
  anchor: (c, o, i, s, k) => {
    c.textAlign = s[k];
    c.textBaseline = s[k + 1];
  },
  fillText: (c, o, i, s, k) => {
    if (o[i + 2] === 0) c.fillText(s[k], o[i], o[i + 1]);
    else {
      c.save();
      c.translate(o[i], o[i + 1]);
      c.rotate(o[i + 2] * TAU);
      c.fillText(s[k], 0, 0);
      c.restore();
    }
  },
};
const HANDLERS = OPERATIONS.map(([name]) => REPLAY[name]);

/** Clears `ctx` (`width` × `height`) and replays a drawing on it. */
function replay(ctx, width, height, ops, texts) {
  const s = texts.split('\0');
  ctx.clearRect(0, 0, width, height);
  for (let i = 0, k = 0; i < ops.length; ) {
    const code = ops[i];
    const handler = HANDLERS[code];
    if (!handler) throw new Error(`unknown canvas operation ${code}`);
    handler(ctx, ops, i + 1, s, k);
    i += 1 + OPERATIONS[code][1];
    k += OPERATIONS[code][2];
  }
}

/** Gives `canvas` (a canvas or an OffscreenCanvas) a backing store of `width` × `height`. */
function resize(canvas, width, height) {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

/** The time on a clock shared by the page and its worker. */
const clock = () => performance.timeOrigin + performance.now();

if (typeof document === 'undefined') {
  // The worker: the canvases handed to it, by id, each with its context once it has one.
  // The context is asked for once and kept: Firefox (ESR 153) throws "Cannot update
  // created context to different thread" when a handed-over canvas is asked again.
  const canvases = new Map();
  self.onmessage = ({ data }) => {
    if (data.canvas) canvases.set(data.id, { canvas: data.canvas, ctx: null });
    else if (data.drop) canvases.delete(data.id);
    else {
      const kept = canvases.get(data.id);
      if (!kept) return;
      const start = clock();
      try {
        resize(kept.canvas, data.width, data.height);
        kept.ctx ??= kept.canvas.getContext('2d');
        replay(kept.ctx, data.width, data.height, data.ops, data.texts);
        self.postMessage({ id: data.id, start, end: clock(), width: data.width, height: data.height });
      } catch (e) {
        self.postMessage({ id: data.id, error: String(e) });
      }
    }
  };
}

// The page: the worker, started with the app. It takes a while to start (150–250 ms on a
// slow machine): until it has painted, the page paints each drawing on an overlay, a
// canvas of its own laid over the handed-over one (class `chart-overlay`), so that the
// first chart is not delayed. The overlay comes back whenever the worker fails a drawing
// (until it paints one again) and for good when the worker is lost.
let worker = null;
/**
 * Canvases handed to the worker → { id, overlay (while the page paints them), last (the
 * last drawing), sent, answered (painted or failed), waitingSince }.
 */
const handed = new Map();
/** Canvases that could not be handed over: painted here. */
const keptHere = new WeakSet();
let nextId = 1;
/** How long the worker may leave a drawing unanswered before it is taken for lost. */
const SILENCE_MS = 1500;
let watchdog = 0;

/** Dispatches `painted` on `canvas`: `start` and `end` on the page's clock, where, what size. */
function announce(canvas, start, end, offThread, width, height) {
  canvas.dispatchEvent(new CustomEvent('painted', { detail: { start, end, offThread, width, height } }));
}

/** Paints a drawing on `target`, a canvas of the page, and announces it on `chart`. */
function paintHere(target, chart, [width, height, ops, texts]) {
  const start = performance.now();
  let ctx = null;
  try {
    ctx = target.getContext('2d');
  } catch {
    // A canvas whose control went to a worker earlier (it left the page and came back).
  }
  if (!ctx) return;
  try {
    resize(target, width, height);
    replay(ctx, width, height, ops, texts);
  } catch (e) {
    console.warn(`chart not painted: ${e}`);
    return;
  }
  announce(chart, start, performance.now(), false, width, height);
}

/** A canvas laid over `canvas`, for the page to paint what the worker does not. */
function addOverlay(canvas) {
  const overlay = document.createElement('canvas');
  overlay.className = 'chart-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  canvas.after(overlay);
  return overlay;
}

/** The worker is gone: every handed-over canvas is painted on the page from now on. */
function workerLost() {
  if (!worker) return;
  console.warn('chart painter stopped answering: painting on the page');
  worker.terminate();
  worker = null;
  for (const [canvas, h] of handed) {
    if (!canvas.isConnected) continue;
    h.overlay ??= addOverlay(canvas);
    if (h.last) paintHere(h.overlay, canvas, h.last);
  }
}

/** Takes the worker for lost once a drawing has waited `SILENCE_MS` for its answer. */
function watch() {
  if (watchdog) return;
  watchdog = setTimeout(() => {
    watchdog = 0;
    const waiting = [...handed.values()].filter((h) => h.answered < h.sent);
    if (waiting.some((h) => performance.now() - h.waitingSince >= SILENCE_MS)) workerLost();
    else if (waiting.length) watch();
  }, SILENCE_MS);
}

/** An answer of the worker: a drawing painted on a handed-over canvas, or not. */
function answered({ data }) {
  for (const [canvas, h] of handed) {
    if (h.id !== data.id) continue;
    h.answered += 1;
    h.waitingSince = performance.now();
    if (data.error) {
      // The canvas keeps the worker's last painting: the page paints over it until the
      // worker paints again.
      console.warn(`chart not painted: ${data.error}`);
      if (!h.overlay && canvas.isConnected) {
        h.overlay = addOverlay(canvas);
        paintHere(h.overlay, canvas, h.last);
      }
      continue;
    }
    if (h.overlay && h.answered === h.sent) {
      h.overlay.remove();
      h.overlay = null;
    }
    const [start, end] = [data.start, data.end].map((t) => t - performance.timeOrigin);
    announce(canvas, start, end, true, data.width, data.height);
  }
}

if (
  typeof document !== 'undefined' &&
  typeof Worker === 'function' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype
) {
  try {
    worker = new Worker(new URL(import.meta.url), { type: 'module' });
    // It could not start, or failed outside a drawing.
    worker.onerror = workerLost;
    worker.onmessageerror = workerLost;
    worker.onmessage = answered;
  } catch {
    worker = null;
  }
}

/**
 * Hands `canvas` to the worker, with an overlay to paint until the worker has; drops the
 * canvases that have left the page. `undefined` when the canvas cannot be handed over.
 */
function handOver(canvas) {
  for (const [old, h] of handed) {
    if (!old.isConnected) {
      handed.delete(old);
      worker.postMessage({ id: h.id, drop: true });
    }
  }
  let offscreen;
  try {
    offscreen = canvas.transferControlToOffscreen();
  } catch {
    keptHere.add(canvas); // e.g. a canvas that was painted on the page already
    return undefined;
  }
  const h = { id: nextId++, overlay: addOverlay(canvas), last: null, sent: 0, answered: 0, waitingSince: 0 };
  worker.postMessage({ id: h.id, canvas: offscreen }, [offscreen]);
  handed.set(canvas, h);
  return h;
}

/**
 * Paints a drawing (`ops`, `texts`) on `canvas` at `width` × `height` device pixels: in
 * the worker when `offThread` and the browser can hand the canvas over, here otherwise.
 * `ops` may be a view of the wasm memory: it is copied before it is kept or sent.
 */
export function paint(canvas, width, height, ops, texts, offThread) {
  let h = handed.get(canvas);
  if (!h && offThread && worker && canvas.isConnected && !keptHere.has(canvas)) h = handOver(canvas);
  if (!h) return paintHere(canvas, canvas, [width, height, ops, texts]);
  const copy = ops.slice();
  h.last = [width, height, copy, texts];
  if (h.overlay) paintHere(h.overlay, canvas, h.last);
  if (!worker) return;
  if (h.answered === h.sent) h.waitingSince = performance.now();
  // The worker takes its own copy: `h.last` stays readable for the page.
  const sent = copy.slice();
  worker.postMessage({ id: h.id, width, height, ops: sent, texts }, [sent.buffer]);
  h.sent += 1;
  watch();
}
