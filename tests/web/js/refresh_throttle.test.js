// The dashboard's refresh throttle on a fake clock: `node --test tests/web/js/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const refreshThrottle = require("../../../static/js/refresh_throttle.js");

// A virtual clock: timers fire in order as time advances; refreshes take `refreshMs`.
function harness(refreshMs = 80, options = {}) {
  let t = 0;
  let timers = [];
  let nextId = 1;
  const starts = [];
  const clock = {
    now: () => t,
    setTimeout: (fn, ms) => { const id = nextId++; timers.push({ id, at: t + ms, fn }); return id; },
    clearTimeout: (id) => { timers = timers.filter((x) => x.id !== id); },
  };
  const run = () => {
    starts.push(t);
    return new Promise((resolve) => clock.setTimeout(resolve, refreshMs));
  };
  const changed = refreshThrottle(run, { interval: 500, maxWait: 1000, ...clock, ...options });
  async function advance(to) {
    for (;;) {
      await new Promise((r) => setImmediate(r)); // let resolved refreshes finish
      timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = timers[0];
      if (!next || next.at > to) break;
      timers.shift();
      t = next.at;
      next.fn();
    }
    t = to;
    await new Promise((r) => setImmediate(r));
  }
  return { changed, advance, starts, now: () => t };
}

test("a change after a quiet spell refreshes at once", async () => {
  const h = harness();
  await h.advance(5000);
  h.changed();
  await h.advance(5000);
  assert.deepStrictEqual(h.starts, [5000]);
});

test("a flood of changes every 10 ms still refreshes at least every 500 ms", async () => {
  const h = harness();
  const changeTimes = [];
  for (let at = 0; at <= 10000; at += 10) {
    await h.advance(at);
    h.changed();
    changeTimes.push(at);
  }
  await h.advance(12000);
  // Coalesced: about one refresh per 500 ms, not one per change.
  assert.ok(h.starts.length >= 20 && h.starts.length <= 22, `refreshes: ${h.starts}`);
  // Every change is covered by a refresh that started no later than the max wait after it.
  for (const c of changeTimes) {
    const covering = h.starts.find((s) => s >= c);
    assert.ok(covering !== undefined && covering - c <= 1000, `change at ${c}, refresh ${covering}`);
  }
  for (let i = 1; i < h.starts.length; i++) {
    assert.ok(h.starts[i] - h.starts[i - 1] >= 500, "never more often than every 500 ms");
  }
});

test("the max wait holds even when the interval is longer than it", async () => {
  const h = harness(80, { interval: 5000, maxWait: 1000 });
  h.changed();
  await h.advance(100);
  for (let at = 100; at <= 3000; at += 50) {
    await h.advance(at);
    h.changed();
  }
  await h.advance(4000);
  assert.strictEqual(h.starts[0], 0);
  assert.ok(h.starts[1] <= 100 + 1000, `second refresh at ${h.starts[1]}`);
});

test("an urgent change skips the wait", async () => {
  const h = harness();
  h.changed();
  await h.advance(200); // refreshed at 0; a plain change now would wait until 500
  h.changed();
  await h.advance(250);
  h.changed(true);
  await h.advance(260);
  assert.deepStrictEqual(h.starts, [0, 250]);
  await h.advance(2000);
  assert.deepStrictEqual(h.starts, [0, 250], "the earlier plain change is covered too");
});

test("refreshes never overlap; a change during one is refreshed after it", async () => {
  const h = harness(700);
  h.changed();
  await h.advance(100);
  h.changed(true); // urgent, but the refresh in flight finishes first
  await h.advance(650);
  assert.deepStrictEqual(h.starts, [0]);
  await h.advance(3000);
  assert.deepStrictEqual(h.starts, [0, 700]);
});
