// The waiting box of a patient's room: place in the queue and typical wait, refreshed every
// 20 s while the page is visible (and at once when it becomes visible); gone once picked up.
(function () {
  "use strict";
  const box = document.getElementById("waiting-box");
  if (!box) return;
  const url = box.dataset.url;
  const PERIOD_MS = 20000;
  let timer = null;

  function hide() {
    box.hidden = true;
    clearInterval(timer);
    timer = null;
  }

  function show(info) {
    if (info.status !== "waiting") { hide(); return; }
    document.getElementById("waiting-position").textContent = info.position_text || "";
    document.getElementById("waiting-wait").textContent = info.wait_text || "";
    if (info.note) document.getElementById("waiting-note").textContent = info.note;
  }

  function refresh() {
    if (document.hidden || box.hidden) return;
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : null))
      .then((info) => { if (info) show(info); })
      .catch(() => {}); // offline: the next tick tries again
  }

  document.addEventListener("telemed:frame", (ev) => {
    const f = ev.detail || {};
    if (f.type === "consultation.status" && f.status !== "waiting") hide();
  });
  document.addEventListener("visibilitychange", refresh);
  timer = setInterval(refresh, PERIOD_MS);
})();
