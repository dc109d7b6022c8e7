// Injected into both the app page and the plain-contenteditable baseline: records, for every key
// press, the time from the keydown event's timestamp to just after the next frame was painted
// (a rAF callback runs right before paint; a task posted from it runs right after).
(() => {
  window.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        setTimeout(() => window.__latencies.push(performance.now() - start), 0);
      });
    },
    true,
  );
})();
