// Clinician dashboard: refetches the queue when the server says it changed, at most every
// 500 ms and never later than 1 s after a change; a new emergency refetches at once.
(function () {
  "use strict";
  const body = document.getElementById("queue-body");
  if (!body) return;
  const T = JSON.parse(document.getElementById("dash-strings").textContent);
  const conn = document.getElementById("conn");
  const stats = document.getElementById("queue-stats");
  const csrf = (document.cookie.match(/csrftoken=([^;]+)/) || [])[1] || "";
  let retry = 0;
  const REFRESH_INTERVAL_MS = 500;
  const REFRESH_MAX_WAIT_MS = 1000;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fmt(template, values) {
    return template.replace(/%\((\w+)\)s/g, (_, k) => String(values[k]));
  }

  function waited(iso) {
    return Math.max(0, Math.floor((Date.now() - new Date(iso)) / 60000));
  }

  function since(iso) {
    const mins = waited(iso);
    if (mins < 1) return T.just_now;
    return mins < 60 ? fmt(T.minutes, { m: mins }) : fmt(T.hours, { h: Math.floor(mins / 60), m: mins % 60 });
  }

  // Waiting time: green under 15 min, amber under 30, red after.
  function paintWaiting(time) {
    const iso = time.dataset.created;
    if (!iso) return;
    const mins = waited(iso);
    time.textContent = since(iso);
    time.title = new Date(iso).toLocaleString(document.documentElement.lang || undefined);
    time.className = mins >= 30 ? "wait-long" : mins >= 15 ? "wait-mid" : "wait-short";
  }

  function paintAllWaiting() {
    body.querySelectorAll("time[data-created]").forEach(paintWaiting);
  }

  function cell(label, cls) {
    const td = el("td", cls);
    if (label) td.dataset.label = label;
    return td;
  }

  function row(item, me) {
    const tr = el("tr");
    tr.dataset.id = item.id;
    tr.className = `urgency-row-${item.urgency} status-row-${item.status}` +
      (item.clinician_user_id === me ? " mine-row" : "");
    const u = cell(T.col_urgency);
    u.appendChild(el("span", `badge urgency-${item.urgency}`, item.urgency_label));
    if (item.red_flags && item.red_flags.length) {
      const flag = el("div", "flag small");
      const icon = el("span", "", "⚠");
      icon.setAttribute("aria-hidden", "true");
      flag.append(icon, document.createTextNode(" " + item.red_flags.join(", ")));
      u.appendChild(flag);
    }
    const p = cell(T.col_patient);
    p.appendChild(el("strong", "", item.patient));
    const sex = (T.sex && T.sex[item.sex]) || item.sex;
    p.appendChild(el("div", "small muted", `${item.age} ${T.years} · ${sex}`));
    const c = cell(T.col_complaint, "complaint");
    c.appendChild(document.createTextNode(item.chief_complaint || "—"));
    if (item.summary) {
      const s = el("div", "small summary");
      s.appendChild(el("span", "ai-label", "AI"));
      s.appendChild(document.createTextNode(" " + item.summary));
      c.appendChild(s);
    }
    const w = cell(T.col_waiting, "waiting small");
    const time = el("time");
    time.dateTime = item.created;
    time.dataset.created = item.created;
    paintWaiting(time);
    w.appendChild(time);
    const st = cell(T.col_status);
    st.appendChild(el("span", `badge status-${item.status}`, item.status_label));
    if (item.clinician) st.appendChild(el("div", "small muted", item.clinician));
    const a = cell("", "actions");
    const open = el("a", "secondary outline small-btn", item.clinician_user_id === me ? T.mine : T.open);
    open.href = `/consult/${item.id}/`;
    open.setAttribute("role", "button");
    a.appendChild(open);
    if (item.status === "waiting") {
      const btn = el("button", "small-btn", T.pick);
      btn.type = "button";
      btn.dataset.testid = "pick";
      btn.addEventListener("click", () => pick(item.id, btn));
      a.appendChild(btn);
    }
    tr.append(u, p, c, w, st, a);
    return tr;
  }

  function paintStats(queue, me) {
    if (!stats) return;
    const n = {
      emergency: queue.filter((i) => i.urgency === "emergency").length,
      urgent: queue.filter((i) => i.urgency === "urgent").length,
      waiting: queue.filter((i) => i.status === "waiting").length,
      mine: queue.filter((i) => i.clinician_user_id === me).length,
    };
    for (const [k, v] of Object.entries(n)) {
      const node = stats.querySelector(`[data-stat="${k}"]`);
      if (node) node.textContent = v;
      const li = node && node.closest(".stat");
      if (li) li.classList.toggle("zero", v === 0);
    }
  }

  async function refresh() {
    let res;
    try {
      res = await fetch("/dashboard/queue.json", { headers: { Accept: "application/json" } });
    } catch (e) { return; }
    if (!res.ok) return;
    const data = await res.json();
    body.replaceChildren(...data.queue.map((i) => row(i, data.me)));
    if (!data.queue.length) {
      const tr = el("tr", "empty");
      const td = el("td", "muted center", T.empty);
      td.colSpan = 6;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    paintStats(data.queue, data.me);
    alertEmergencies(data.queue);
  }

  // A consultation that newly turns emergency raises a banner until acknowledged.
  const knownEmergencies = new Set();
  let firstLoad = true;
  function alertEmergencies(queue) {
    const banner = document.getElementById("dash-alert");
    const fresh = queue.filter((i) => i.urgency === "emergency" && i.status === "waiting" && !knownEmergencies.has(i.id));
    fresh.forEach((i) => knownEmergencies.add(i.id));
    if (!banner || !fresh.length) { firstLoad = false; return; }
    const item = fresh[0];
    banner.querySelector("[data-alert-text]").textContent =
      T.emergency_alert.replace("%(name)s", item.patient) + (item.red_flags.length ? " — " + item.red_flags.join(", ") : "");
    const link = banner.querySelector("a");
    link.href = `/consult/${item.id}/`;
    banner.hidden = false;
    const tr = body.querySelector(`tr[data-id="${item.id}"]`);
    if (tr && !firstLoad) tr.classList.add("flash");
    firstLoad = false;
  }

  async function pick(id, btn) {
    btn.disabled = true;
    btn.setAttribute("aria-busy", "true");
    btn.textContent = T.picking;
    const res = await fetch(`/consult/${id}/pick/`, {
      method: "POST", headers: { "X-CSRFToken": csrf, Accept: "application/json" },
    }).catch(() => null);
    if (res && res.ok) { location.href = `/consult/${id}/`; return; }
    alert(T.taken);
    changed(true);
  }

  const changed = window.refreshThrottle(refresh, {
    interval: REFRESH_INTERVAL_MS, maxWait: REFRESH_MAX_WAIT_MS,
  });

  // An emergency waiting for a clinician that this page has not shown yet skips the wait.
  function onQueueChanged(f) {
    const urgent = f.urgency === "emergency" && f.status === "waiting" &&
      !knownEmergencies.has(f.consultation);
    changed(urgent);
  }

  function connect() {
    const proto = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${proto}://${location.host}/ws/dashboard/`);
    ws.onopen = () => { retry = 0; conn.dataset.state = "connected"; conn.textContent = T.connected; changed(true); };
    ws.onmessage = (ev) => {
      let f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      if (f.type === "queue.changed") onQueueChanged(f);
    };
    ws.onclose = () => {
      conn.dataset.state = "reconnecting"; conn.textContent = T.reconnecting;
      retry += 1;
      setTimeout(connect, Math.min(10000, 500 * 2 ** Math.min(retry, 5)));
    };
  }
  paintAllWaiting();
  changed(true);
  setInterval(() => changed(false), 60000);
  setInterval(paintAllWaiting, 20000);
  connect();
})();
