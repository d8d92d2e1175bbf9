// Paints the charts' recorded drawings (src/chart/canvas_ops.rs) on their canvases.
//
// The charts' canvases are handed to a worker (`transferControlToOffscreen`): the
// worker paints each drawing and the browser shows it without the page's main thread,
// which then only records the drawing while a slider moves (issue 6: the canvas paint
// and its hand-over were a third of the main thread's work per step). The PNG export's
// canvas, and every canvas in a browser without OffscreenCanvas or workers, are painted
// here. This one file is both: the app's module and, loaded again, the worker.
//
// A drawing is `ops`, numbers (an operation code, then its arguments), and `texts`,
// the strings the operations take in order, joined by NUL. After painting a canvas,
// a `painted` event is dispatched on it with the painting's `start` and `end`
// (`performance.now()` of this page) and `offThread`: tests and the benchmark wait for it.

const TAU = 2 * Math.PI;

/** Clears `ctx` (`width` × `height`) and replays a drawing on it. */
function replay(ctx, width, height, ops, texts) {
  const s = texts.split('\0');
  let k = 0;
  ctx.clearRect(0, 0, width, height);
  for (let i = 0; i < ops.length; ) {
    const op = ops[i++];
    if (op === 0) ctx.beginPath();
    else if (op === 1) ctx.moveTo(ops[i++], ops[i++]);
    else if (op === 2) ctx.lineTo(ops[i++], ops[i++]);
    else if (op === 3) ctx.arc(ops[i++], ops[i++], ops[i++], 0, TAU);
    else if (op === 4) ctx.closePath();
    else if (op === 5) ctx.stroke();
    else if (op === 6) ctx.fill();
    else if (op === 7) ctx.fillRect(ops[i++], ops[i++], ops[i++], ops[i++]);
    else if (op === 8) ctx.strokeRect(ops[i++], ops[i++], ops[i++], ops[i++]);
    else if (op === 9) ctx.fillStyle = s[k++];
    else if (op === 10) ctx.strokeStyle = s[k++];
    else if (op === 11) ctx.lineWidth = ops[i++];
    else if (op === 12) ctx.font = s[k++];
    else if (op === 13) {
      ctx.textAlign = s[k++];
      ctx.textBaseline = s[k++];
    } else if (op === 14) {
      const [text, x, y, turn] = [s[k++], ops[i++], ops[i++], ops[i++]];
      if (turn === 0) ctx.fillText(text, x, y);
      else {
        ctx.save();
        ctx.translate(x, y);
        ctx.rotate(turn * TAU);
        ctx.fillText(text, 0, 0);
        ctx.restore();
      }
    } else throw new Error(`unknown canvas operation ${op}`);
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
  // The worker: the canvases handed to it, by id.
  const canvases = new Map();
  self.onmessage = ({ data }) => {
    if (data.canvas) canvases.set(data.id, data.canvas);
    else if (data.drop) canvases.delete(data.id);
    else {
      const canvas = canvases.get(data.id);
      if (!canvas) return;
      const start = clock();
      try {
        resize(canvas, data.width, data.height);
        replay(canvas.getContext('2d'), data.width, data.height, data.ops, data.texts);
        self.postMessage({ id: data.id, start, end: clock() });
      } catch (e) {
        self.postMessage({ id: data.id, error: String(e) });
      }
    }
  };
}

// The page: the worker, started with the app. It takes a while to start (150–250 ms on a
// slow machine): until it has painted, the page paints each drawing on an overlay, a
// canvas of its own laid over the handed-over one (class `chart-overlay`), so that the
// first chart is not delayed.
let worker = null;
/** Canvases handed to the worker → { id, overlay (until the worker has painted), sent, painted }. */
const handed = new Map();
/** Canvases that could not be handed over: painted here. */
const keptHere = new WeakSet();
let nextId = 1;

/** Dispatches `painted` on `canvas`: `start` and `end` on the page's clock, and where. */
function announce(canvas, start, end, offThread) {
  canvas.dispatchEvent(new CustomEvent('painted', { detail: { start, end, offThread } }));
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
  resize(target, width, height);
  replay(ctx, width, height, ops, texts);
  announce(chart, start, performance.now(), false);
}

if (
  typeof document !== 'undefined' &&
  typeof Worker === 'function' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype
) {
  try {
    worker = new Worker(new URL(import.meta.url), { type: 'module' });
    // The worker could not start: the overlays stay and are painted from now on.
    worker.onerror = () => {
      worker = null;
    };
    worker.onmessage = ({ data }) => {
      if (data.error) console.warn(`chart not painted: ${data.error}`);
      for (const [canvas, h] of handed) {
        if (h.id !== data.id || data.error) continue;
        h.painted += 1;
        if (h.overlay && h.painted === h.sent) {
          h.overlay.remove();
          h.overlay = null;
        }
        const [start, end] = [data.start, data.end].map((t) => t - performance.timeOrigin);
        announce(canvas, start, end, true);
      }
    };
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
  const overlay = document.createElement('canvas');
  overlay.className = 'chart-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  canvas.after(overlay);
  const h = { id: nextId++, overlay, sent: 0, painted: 0 };
  worker.postMessage({ id: h.id, canvas: offscreen }, [offscreen]);
  handed.set(canvas, h);
  return h;
}

/**
 * Paints a drawing (`ops`, `texts`) on `canvas` at `width` × `height` device pixels: in
 * the worker when `offThread` and the browser can hand the canvas over, here otherwise.
 * `ops` may be a view of the wasm memory: it is copied before it is sent.
 */
export function paint(canvas, width, height, ops, texts, offThread) {
  const drawing = [width, height, ops, texts];
  let h = handed.get(canvas);
  if (!h && offThread && worker && canvas.isConnected && !keptHere.has(canvas)) h = handOver(canvas);
  if (!h) return paintHere(canvas, canvas, drawing);
  if (h.overlay) paintHere(h.overlay, canvas, drawing);
  if (worker) {
    const copy = ops.slice();
    worker.postMessage({ id: h.id, width, height, ops: copy, texts }, [copy.buffer]);
    h.sent += 1;
  }
}
