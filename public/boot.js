// Loads the app (Trunk's inline loader is off so the page runs under a strict CSP) and
// hands the page over to it: the app is laid out under the prerendered first view,
// invisible; once its chart is painted, the first view goes and the app shows, in the
// same place (`data-live` on <html>; style/main.css). Should the app not start, the first
// view stays, saying so. The release build gives this file and the two it names their
// versioned names (scripts/version-assets.mjs).
import init from './trade-outlook.js';

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
init({ module_or_path: new URL('./trade-outlook_bg.wasm', import.meta.url) }).catch(() => {
  root.setAttribute('data-start-failed', '');
});
