// What the room's background notifications announce: `node --test tests/notifications/js/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { announcement, badgeTitle } = require("../../../static/js/notify.js");

const since = Date.parse("2026-12-01T10:00:00Z");
const msg = (sender, created = "2026-12-01T10:05:00+00:00", seq = 5) => ({
  type: "message", sender, created, seq, body: "secret",
});

test("the patient hears of a clinician joining or writing", () => {
  assert.strictEqual(announcement({ type: "consultation.status", status: "in_progress" }, "patient", since), "joined");
  assert.strictEqual(announcement(msg("clinician"), "patient", since), "clinician_wrote");
  assert.strictEqual(announcement(msg("patient"), "patient", since), null);
  assert.strictEqual(announcement(msg("assistant"), "patient", since), null);
  assert.strictEqual(announcement({ type: "consultation.status", status: "closed" }, "patient", since), null);
});

test("the clinician hears of the patient writing, not of themselves", () => {
  assert.strictEqual(announcement(msg("patient"), "clinician", since), "patient_wrote");
  assert.strictEqual(announcement(msg("clinician"), "clinician", since), null);
  assert.strictEqual(announcement({ type: "consultation.status", status: "in_progress" }, "clinician", since), null);
});

test("history replayed on connect is not news", () => {
  assert.strictEqual(announcement(msg("clinician", "2026-12-01T09:59:59+00:00"), "patient", since), null);
  assert.strictEqual(announcement(msg("clinician", "not a date"), "patient", since), null);
  assert.strictEqual(announcement({ type: "ai.token", text: "x" }, "patient", since), null);
  assert.strictEqual(announcement(null, "patient", since), null);
});

test("the title badge counts unread announcements", () => {
  assert.strictEqual(badgeTitle("Consultation #4", 0), "Consultation #4");
  assert.strictEqual(badgeTitle("Consultation #4", 3), "(3) Consultation #4");
});
