// Runs before the page is first drawn (a plain script in <head>; the CSP allows it as a
// file of the site). The page holds a prerendered first view: the default scenario, in
// English, in light colours. It may show while the app loads only if that is what the
// app will show: anything in the address that changes the first screen, or a browser
// language the app prefers to English, marks it stale (`data-first-view="stale"` on
// <html>: the stylesheet keeps its place but hides it). It also marks an embed
// (`data-embed`), so that the first view is laid out as one.
// The keys and languages must be the app's own: a native test compares them
// (src/prerender/tests.rs).
(function () {
  var SCENARIO_KEYS = ['series', 'base', 'growth', 'exports', 'imports', 'target', 'by', 'to', 'from', 'pin'];
  var LANGUAGES = ['en', 'ru', 'uz', 'be'];
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
  var theme = last('theme');
  var dark = theme === 'dark' || (theme === 'auto' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  var title = last('title');
  var stale =
    SCENARIO_KEYS.some(function (key) { return params.has(key); }) ||
    primary(lang) !== 'en' ||
    dark ||
    on(last('transparent')) ||
    (title !== null && title.trim() !== '');
  if (stale) root.setAttribute('data-first-view', 'stale');
})();
