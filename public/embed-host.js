// The host side of the embed: sets each Trade Outlook iframe's height from its messages.
window.addEventListener('message', function (e) {
  if (!e.data || e.data.type !== 'trade-outlook:height') return;
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + 'px';
  });
});
