// Runs before the page is first drawn (a plain script in <head>; the CSP allows it as a
// file of the site). The page holds a prerendered first view: the default scenario's
// first screen in every language, drawn in light colours that the stylesheet turns dark.
// This script makes the page the reader will get from the first paint on:
// - the language (`<html lang>`: the stylesheet shows that language's first view):
//   `lang=` when the page has it, else the page's own (a language page, `ru/index.html`,
//   says so in `data-page-lang`), else the browser's first the page has, else English;
// - the theme (`data-theme`), the embed's layout (`data-embed`), no background
//   (`data-transparent`);
// - a link with a scenario of its own, another data file, or figures changed since the
//   page was built (the data last seen by the app, in localStorage, differs from the
//   page's stamp) shows the page's frame with a "loading this scenario" line instead of
//   the default figures (`data-first-view="scenario"`), until the app has computed it;
// - a browser that cannot run the app (no modules or no WebAssembly) gets the default
//   view at once, saying so (`data-start-failed`; public/boot.js sets it too when the
//   app fails to start).
// It also starts fetching the data file and the language file the page will need,
// beside the .wasm. The keys, languages and names must be the app's own: a native test
// compares them (src/prerender/tests.rs).
(function () {
  var SCENARIO_KEYS = ['series', 'base', 'growth', 'exports', 'imports', 'target', 'by', 'to', 'from', 'pin'];
  var LANGUAGES = ['en', 'ru', 'uz', 'be'];
  var DEFAULT_DATA = 'belarus-uzbekistan';
  var DATA_NAME = /^[a-z0-9-]{1,40}$/;
  var root = document.documentElement;
  // Where the site's files are, from this page: a language page is a folder down.
  var site = root.getAttribute('data-root') || '';
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
  var known = function (tag) {
    return tag !== null && LANGUAGES.indexOf(primary(tag)) >= 0;
  };
  if (on(last('embed'))) root.setAttribute('data-embed', '');
  if (on(last('transparent'))) root.setAttribute('data-transparent', '');

  // Fetched now, beside the .wasm, rather than once the app has started.
  var preload = function (href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = site + href;
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

  var lang = known(last('lang')) ? primary(last('lang')) : root.getAttribute('data-page-lang');
  if (!known(lang)) {
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    lang = 'en';
    for (var i = 0; i < preferred.length; i++) {
      if (known(preferred[i])) {
        lang = primary(preferred[i]);
        break;
      }
    }
  }
  root.setAttribute('lang', lang);
  if (lang !== 'en') preload('locales/' + lang + '.txt');

  var theme = last('theme');
  var dark = theme === 'dark' || (theme === 'auto' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');

  var own = SCENARIO_KEYS.some(function (key) { return params.has(key); }) || data !== DEFAULT_DATA || edited;
  if (own) root.setAttribute('data-first-view', 'scenario');

  var modules = 'noModule' in document.createElement('script');
  if (!modules || typeof WebAssembly !== 'object') root.setAttribute('data-start-failed', '');
})();
