// static/js/closing.js under node with a minimal page: the closed frame reloads the page, but
// never over typed, unsaved report text (a clinician's second tab keeps the edits to save).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const SOURCE = fs.readFileSync(path.join(__dirname, "../../../static/js/closing.js"), "utf8");

function field(id, value, defaultValue) {
  return { id, value, defaultValue, type: "textarea" };
}

function page({ status = "in_progress", fields = [] } = {}) {
  const listeners = {};
  let reloads = 0;
  const room = {
    dataset: { status },
    querySelectorAll: (sel) => (/textarea|input/.test(sel) ? fields : []),
  };
  const document = {
    getElementById: (id) => (id === "room" ? room : null),
    addEventListener: (type, fn) => { (listeners[type] = listeners[type] || []).push(fn); },
  };
  const window = { location: { reload: () => { reloads += 1; } } };
  const context = { document, window, setTimeout: (fn) => fn(), console };
  vm.runInNewContext(SOURCE, context);
  return {
    frame(detail) { for (const fn of listeners["telemed:frame"] || []) fn({ detail }); },
    get reloads() { return reloads; },
  };
}

test("the closed frame reloads a page with nothing typed", () => {
  const p = page({ fields: [field("composer-input", "", "")] });
  p.frame({ type: "consultation.status", status: "closed" });
  assert.strictEqual(p.reloads, 1);
});

test("other frames do not reload", () => {
  const p = page();
  p.frame({ type: "consultation.status", status: "in_progress" });
  p.frame({ type: "message", body: "closed" });
  assert.strictEqual(p.reloads, 0);
});

test("an unsent chat message does not hold the page (it cannot be sent any more)", () => {
  const p = page({ fields: [field("composer-input", "thanks!", "")] });
  p.frame({ type: "consultation.status", status: "closed" });
  assert.strictEqual(p.reloads, 1);
});

test("typed report text is not thrown away by a reload", () => {
  const p = page({ fields: [field("", "Edited assessment", "AI draft")] });
  p.frame({ type: "consultation.status", status: "closed" });
  assert.strictEqual(p.reloads, 0);
});
