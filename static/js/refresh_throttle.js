// Coalesces "the queue changed" signals into refreshes: at most one every `interval` ms, never
// later than `maxWait` ms after the first change not yet refreshed, one at a time; an urgent
// signal (an emergency) refreshes at once. A flood of changes cannot postpone a refresh.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.refreshThrottle = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  return function refreshThrottle(run, options) {
    const opts = options || {};
    const interval = opts.interval === undefined ? 500 : opts.interval;
    const maxWait = opts.maxWait === undefined ? 1000 : opts.maxWait;
    const now = opts.now || (() => Date.now());
    const setTimer = opts.setTimeout || ((fn, ms) => setTimeout(fn, ms));
    const clearTimer = opts.clearTimeout || ((t) => clearTimeout(t));
    let lastStart = -Infinity;
    let firstPending = null; // when the oldest change not yet covered by a refresh arrived
    let timer = null;
    let running = false;
    let urgentPending = false;

    async function fire() {
      timer = null;
      if (running) return;
      running = true;
      urgentPending = false;
      firstPending = null;
      lastStart = now();
      try {
        await run();
      } catch (e) {
        // a failed refresh is retried by the next change or the page's slow poll
      } finally {
        running = false;
        if (firstPending !== null) arm();
      }
    }

    function arm() {
      if (urgentPending) {
        if (timer !== null) { clearTimer(timer); timer = null; }
        fire();
        return;
      }
      if (timer !== null) return; // already due: a new change never pushes it back
      const t = now();
      const wait = Math.max(0, Math.min(lastStart + interval - t, firstPending + maxWait - t));
      timer = setTimer(fire, wait);
    }

    // Call on every change; `urgent` skips the wait (the refresh in flight finishes first).
    return function changed(urgent) {
      if (firstPending === null) firstPending = now();
      if (urgent) urgentPending = true;
      if (!running) arm();
    };
  };
});
