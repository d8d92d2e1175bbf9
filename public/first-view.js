// Runs before the page is first drawn (a plain script in <head>; the CSP allows it as a
// file of the site). The page holds a prerendered first view: the default scenario, in
// English, in light colours. It may show while the app loads only if that is what the
// app will show: anything in the address that changes the first screen, or a browser
// language the app prefers to English, marks it stale (`data-first-view="stale"` on
// <html>: the stylesheet keeps its place but hides it). It also marks an embed
// (`data-embed`), so that the first view is laid out as one.
// It also starts fetching the data file the address names (`data=`) and the language
// file the page will need, beside the .wasm,
// and hides the first view when that file has changed since the first view was drawn
// (the data last seen by the app, in localStorage, differs from the page's stamp).
// The keys, languages and names must be the app's own: a native test compares them
// (src/prerender/tests.rs).
(function () {
  var SCENARIO_KEYS = ['series', 'base', 'growth', 'exports', 'imports', 'target', 'by', 'to', 'from', 'pin'];
  var LANGUAGES = ['en', 'ru', 'uz', 'be'];
  var DEFAULT_DATA = 'belarus-uzbekistan';
  var DATA_NAME = /^[a-z0-9-]{1,40}$/;
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  // The app reads the last value of a repeated key.
  var last = function (key) {
    var all = params.getAll(key);
    return all.length ? all[all.length - 1] : null;
  };
  var on = function (value) {
    return value === '1' || value === 'true' || value === 'yes';
  };
  var primary = function (tag) {
    return String(tag).trim().split(/[-_]/)[0].toLowerCase();
  };
  if (on(last('embed'))) root.setAttribute('data-embed', '');

  // Fetched now, beside the .wasm, rather than once the app has started.
  var preload = function (href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  };
  var named = last('data');
  var data = named !== null && DATA_NAME.test(named.trim()) ? named.trim() : DEFAULT_DATA;
  preload('data/' + data + '.json');
  var built = document.querySelector('meta[name="trade-outlook-data"]');
  var seen = null;
  try {
    seen = localStorage.getItem('trade-outlook:data');
  } catch (e) {
    // Storage blocked: nothing seen.
  }
  var edited = built !== null && seen !== null && seen !== built.content && seen.split(':')[0] === built.content.split(':')[0];

  var lang = last('lang');
  if (lang === null) {
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    lang = 'en';
    for (var i = 0; i < preferred.length; i++) {
      if (LANGUAGES.indexOf(primary(preferred[i])) >= 0) {
        lang = primary(preferred[i]);
        break;
      }
    }
  }
  // The language file too, when the page will be in another language than English.
  if (primary(lang) !== 'en' && LANGUAGES.indexOf(primary(lang)) >= 0) preload('locales/' + primary(lang) + '.txt');
  var theme = last('theme');
  var dark = theme === 'dark' || (theme === 'auto' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  var title = last('title');
  var stale =
    SCENARIO_KEYS.some(function (key) { return params.has(key); }) ||
    primary(lang) !== 'en' ||
    dark ||
    data !== DEFAULT_DATA ||
    edited ||
    on(last('transparent')) ||
    (title !== null && title.trim() !== '');
  if (stale) root.setAttribute('data-first-view', 'stale');
})();
