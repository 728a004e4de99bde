// Room notifications while the tab is in the background: a "(N)" badge in the title, a short
// tone (WebAudio, no file) and a system notification (when permitted) when a clinician joins or
// writes (patient's page) or the patient writes (clinician's page). No message text is shown.
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start(root);
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // What to announce for a frame (a key of the strings), or null. `since` (ms) is the server's
  // clock when the page was rendered: older messages are history being replayed, not news.
  function announcement(frame, role, since) {
    if (!frame || typeof frame !== "object") return null;
    if (frame.type === "consultation.status") {
      return role === "patient" && frame.status === "in_progress" ? "joined" : null;
    }
    if (frame.type !== "message") return null;
    const created = Date.parse(frame.created);
    if (since && !(created >= since)) return null;
    if (role === "patient" && frame.sender === "clinician") return "clinician_wrote";
    if (role === "clinician" && frame.sender === "patient") return "patient_wrote";
    return null;
  }

  function badgeTitle(base, unread) {
    return unread > 0 ? `(${unread}) ${base}` : base;
  }

  function start(win) {
    const doc = win.document;
    const room = doc.getElementById("room");
    const stringsEl = doc.getElementById("notify-strings");
    if (!room || !stringsEl) return;
    const T = JSON.parse(stringsEl.textContent);
    const script = doc.currentScript;
    const since = Number((script && script.dataset.since) || 0) * 1000;
    const role = room.dataset.role;
    const baseTitle = doc.title;
    const seenSeq = new Set();
    let unread = 0;
    let audio = null;

    function unlockAudio() {
      const Ctx = win.AudioContext || win.webkitAudioContext;
      if (!Ctx) return;
      try {
        audio = audio || new Ctx();
        if (audio.state === "suspended") audio.resume();
      } catch (e) { audio = null; }
    }

    function tone() {
      if (!audio) unlockAudio();
      if (!audio || audio.state !== "running") return; // browsers allow sound after a gesture
      const t = audio.currentTime;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.setValueAtTime(880, t);
      osc.frequency.setValueAtTime(660, t + 0.12);
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 0.32);
    }

    function systemNotification(text) {
      if (!("Notification" in win) || win.Notification.permission !== "granted") return;
      try {
        const n = new win.Notification(T.title, { body: text, tag: `telemed-room-${room.dataset.consultation}` });
        n.onclick = () => { win.focus(); n.close(); };
      } catch (e) { /* e.g. mobile browsers that only notify from a service worker */ }
    }

    function announce(key) {
      unread += 1;
      doc.title = badgeTitle(baseTitle, unread);
      tone();
      systemNotification(T[key]);
    }

    doc.addEventListener("telemed:frame", (ev) => {
      const f = ev.detail;
      const key = announcement(f, role, since);
      if (!key) return;
      if (f.type === "message") {
        if (seenSeq.has(f.seq)) return;
        seenSeq.add(f.seq);
      }
      if (doc.hidden) announce(key);
    });

    doc.addEventListener("visibilitychange", () => {
      if (doc.hidden) return;
      unread = 0;
      doc.title = baseTitle;
    });

    // Sound needs a user gesture first; any click or key on the page will do.
    doc.addEventListener("pointerdown", unlockAudio, { once: true });
    doc.addEventListener("keydown", unlockAudio, { once: true });

    // Permission is asked from a click on "Notify me" (browsers refuse it otherwise).
    const actions = room.querySelector(".head-actions");
    if (actions && "Notification" in win && win.Notification.permission === "default") {
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "small-btn secondary outline";
      button.dataset.testid = "notify-enable";
      button.textContent = T.enable;
      button.title = T.enable_title;
      button.addEventListener("click", () => {
        unlockAudio();
        const asked = win.Notification.requestPermission();
        const done = () => button.remove();
        if (asked && asked.then) asked.then(done, done); else done();
      });
      actions.prepend(button);
    }

    win.telemedNotify = { get unread() { return unread; } };
  }

  return { announcement, badgeTitle, start };
});
