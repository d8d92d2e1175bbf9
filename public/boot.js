// Loads the app (Trunk's inline loader is off so the page runs under a strict CSP) and
// hands the page over to it: the app is laid out under the prerendered first view,
// invisible; once its chart is painted, the first view goes and the app shows, in the
// same place (`data-live` on <html>; style/main.css). Should the app not start (the
// .wasm blocked or broken, a crash before it took over), the first view stays, saying
// so (`data-start-failed`), and inside an iframe its height still reaches the host page,
// as the app's would. The release build gives this file and the two it names their
// versioned names (scripts/version-assets.mjs).
import init from './trade-outlook.js';

/** The type of the embed's height message (src/display.rs, HEIGHT_MESSAGE). */
const HEIGHT_MESSAGE = 'trade-outlook:height';
const root = document.documentElement;

document.addEventListener(
  'painted',
  function takeOver(event) {
    if (event.target.dataset?.testid !== 'trade-chart') return;
    document.removeEventListener('painted', takeOver, true);
    // Shown in place of the first view (hidden by the stylesheet), which goes a frame later:
    // a visible element taken out of the page counts as a layout shift in Chromium.
    root.setAttribute('data-live', '');
    requestAnimationFrame(() => document.getElementById('first-view')?.remove());
  },
  true,
);

/** The first view stays, saying the app could not start; in an iframe, its height is posted. */
function startFailed() {
  if (root.hasAttribute('data-live') || root.hasAttribute('data-start-failed')) return;
  root.setAttribute('data-start-failed', '');
  const view = document.querySelector(`#first-view > [data-first-lang="${root.lang}"]`);
  if (window.parent === window || !view) return;
  const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: view.offsetHeight }, '*');
  if ('ResizeObserver' in window) new ResizeObserver(post).observe(view);
  else requestAnimationFrame(post);
}

// A crash of the app before it took over (an abort in the .wasm) fails its start too.
const crashed = (error) => error instanceof WebAssembly.RuntimeError && startFailed();
window.addEventListener('error', (event) => crashed(event.error));
window.addEventListener('unhandledrejection', (event) => crashed(event.reason));
init({ module_or_path: new URL('./trade-outlook_bg.wasm', import.meta.url) }).catch(startFailed);
