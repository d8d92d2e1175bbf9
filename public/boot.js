// Loads the app (Trunk's inline loader is off so the page runs under a strict CSP).
import init from './trade-outlook.js';

init({ module_or_path: new URL('./trade-outlook_bg.wasm', import.meta.url) });
