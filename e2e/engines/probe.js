// The smoke suite's in-page probe, served as /__probe.js and put first in <head> of each
// HTML page by server.mjs. Firefox (WebDriver BiDi) and WebKit (classic WebDriver) differ
// in what they report of a page: classic WebDriver has no console, exception or request
// events at all. So the page records, the same way in every engine, into `window.__probe`:
// - problems: console.error calls, uncaught exceptions, unhandled rejections, resources
//   that failed to load, Content-Security-Policy violations, and requests to another
//   origin (resource timing entries; the strict CSP blocks most, reported as violations);
// - warnings: console.warn calls (shown by the tests; the chart painter's fail them);
// - painted: `painted` events of the trade chart (dispatched after each painting);
//   sent / answered: drawings (of any chart) sent to the painter's worker, and its
//   answers (painted or failed), so that a test can wait until none is pending;
// - downloads: the files the app offers through an `<a download>` click (see below);
// - heights: the `trade-outlook:height` messages this page received (the embed host),
//   and frameHeight, its first iframe's height before any could arrive.
// Only same-origin script may run under the CSP: hence a file, not an inline script.
(function () {
  'use strict';
  var probe = { problems: [], warnings: [], painted: 0, sent: 0, answered: 0 };
  probe.downloads = [];
  probe.heights = [];
  probe.frameHeight = null;
  Object.defineProperty(window, '__probe', { value: probe });
  function text(v) {
    if (v instanceof Error) return v.name + ': ' + v.message;
    try {
      return typeof v === 'string' ? v : JSON.stringify(v);
    } catch (e) {
      return String(v);
    }
  }

  var error = console.error;
  console.error = function () {
    probe.problems.push('console.error: ' + Array.prototype.map.call(arguments, text).join(' '));
    return error.apply(this, arguments);
  };
  var warn = console.warn;
  console.warn = function () {
    probe.warnings.push(Array.prototype.map.call(arguments, text).join(' '));
    return warn.apply(this, arguments);
  };

  addEventListener(
    'error',
    function (e) {
      if (e.target && e.target !== window) {
        // A script, stylesheet or image that failed to load (seen in the capture phase).
        probe.problems.push('load failed: ' + (e.target.src || e.target.href || e.target.tagName));
      } else {
        var at = e.filename ? ' at ' + e.filename + ':' + e.lineno : '';
        probe.problems.push('exception: ' + (e.error ? text(e.error) : e.message) + at);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', function (e) {
    probe.problems.push('unhandled rejection: ' + text(e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  function checkOrigins(entries) {
    entries.forEach(function (entry) {
      var url = new URL(entry.name, location.href);
      if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) {
        probe.problems.push('request to another origin: ' + entry.name);
      }
    });
  }
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver(function (list) {
      checkOrigins(list.getEntries());
    }).observe({ type: 'resource', buffered: true });
  }

  addEventListener(
    'painted',
    function (e) {
      if (!e.target.dataset || e.target.dataset.testid !== 'trade-chart') return;
      probe.painted += 1;
    },
    true,
  );
  if (typeof Worker === 'function') {
    var post = Worker.prototype.postMessage;
    var heard = new WeakSet();
    Worker.prototype.postMessage = function (message) {
      if (!heard.has(this)) {
        // Its first message hands a canvas over: no answer can have come before.
        heard.add(this);
        this.addEventListener('message', function (e) {
          if (e.data && ('end' in e.data || 'error' in e.data)) probe.answered += 1;
        });
      }
      if (message && message.ops) probe.sent += 1;
      return post.apply(this, arguments);
    };
  }

  addEventListener('message', function (e) {
    if (e.data && e.data.type === 'trade-outlook:height') probe.heights.push(e.data.height);
  });
  document.addEventListener('DOMContentLoaded', function () {
    // Styled by now (the host's script at the end of <body> waited for its stylesheet).
    var frame = document.querySelector('iframe');
    if (frame) probe.frameHeight = frame.getBoundingClientRect().height;
  });

  // Downloads: the engines save files into download folders that the tests cannot reach
  // the same way (nor should a test run leave files there), so a click on an
  // `<a download>` is recorded here instead of followed: its file name, and the head of
  // the file. The file is read from the Blob behind its object URL (kept as the URL is
  // made) or from its data: URL, not fetched: the CSP's connect-src ('self') forbids
  // fetching blob: and data: URLs.
  var blobs = new Map();
  var createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    var url = createObjectURL.apply(this, arguments);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  function dataBlob(url) {
    var m = /^data:([^,]*?)(;base64)?,(.*)$/.exec(url);
    if (!m) return null;
    var bytes = m[2] ? atob(m[3]) : decodeURIComponent(m[3]);
    return new Blob([Uint8Array.from(bytes, function (c) { return c.charCodeAt(0); })], { type: m[1] });
  }
  var click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.hasAttribute('download')) return click.apply(this, arguments);
    var record = { name: this.download, scheme: new URL(this.href).protocol, type: '', size: 0, head: '' };
    probe.downloads.push(record);
    var blob = blobs.get(this.href) || dataBlob(this.href);
    if (!blob) {
      record.head = 'unreadable: not an object URL of this page nor a data: URL';
      return;
    }
    record.type = blob.type;
    record.size = blob.size;
    blob
      .slice(0, 64)
      .arrayBuffer()
      .then(function (buffer) {
        // Latin-1, so that a PNG's signature reads as \x89PNG.
        record.head = String.fromCharCode.apply(null, new Uint8Array(buffer));
      });
  };
})();
