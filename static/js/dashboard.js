// Clinician dashboard: refetches the queue whenever the server says it changed.
(function () {
  "use strict";
  const body = document.getElementById("queue-body");
  if (!body) return;
  const T = JSON.parse(document.getElementById("dash-strings").textContent);
  const conn = document.getElementById("conn");
  const csrf = (document.cookie.match(/csrftoken=([^;]+)/) || [])[1] || "";
  let timer = null;
  let retry = 0;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function since(iso) {
    const mins = Math.max(0, Math.round((Date.now() - new Date(iso)) / 60000));
    return mins < 60 ? `${mins} min` : `${Math.floor(mins / 60)} h ${mins % 60} min`;
  }

  function row(item, me) {
    const tr = el("tr");
    tr.dataset.id = item.id;
    tr.className = `urgency-row-${item.urgency}`;
    const u = el("td");
    u.appendChild(el("span", `badge urgency-${item.urgency}`, item.urgency_label));
    if (item.red_flags.length) u.appendChild(el("div", "flag small", "⚠ " + item.red_flags.join(", ")));
    const p = el("td");
    p.appendChild(el("strong", "", item.patient));
    p.appendChild(el("div", "small muted", `${item.age} ${T.years} · ${item.sex}`));
    const c = el("td", "", item.chief_complaint || "—");
    if (item.summary) {
      const s = el("div", "small summary");
      s.appendChild(el("span", "ai-label", "AI"));
      s.appendChild(document.createTextNode(" " + item.summary));
      c.appendChild(s);
    }
    const w = el("td", "small", since(item.created));
    const st = el("td");
    st.appendChild(el("span", `badge status-${item.status}`, item.status_label));
    if (item.clinician) st.appendChild(el("div", "small muted", item.clinician));
    const a = el("td", "actions");
    const open = el("a", "secondary outline small-btn", item.clinician_user_id === me ? T.mine : T.open);
    open.href = `/consult/${item.id}/`;
    open.setAttribute("role", "button");
    a.appendChild(open);
    if (item.status === "waiting") {
      const btn = el("button", "small-btn", T.pick);
      btn.dataset.testid = "pick";
      btn.addEventListener("click", () => pick(item.id));
      a.appendChild(btn);
    }
    tr.append(u, p, c, w, st, a);
    return tr;
  }

  async function refresh() {
    const res = await fetch("/dashboard/queue.json", { headers: { Accept: "application/json" } });
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
  }

  async function pick(id) {
    const res = await fetch(`/consult/${id}/pick/`, {
      method: "POST", headers: { "X-CSRFToken": csrf, Accept: "application/json" },
    });
    if (res.ok) { location.href = `/consult/${id}/`; return; }
    alert(T.taken);
    refresh();
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  }

  function connect() {
    const proto = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${proto}://${location.host}/ws/dashboard/`);
    ws.onopen = () => { retry = 0; conn.dataset.state = "connected"; conn.textContent = T.connected; refresh(); };
    ws.onmessage = (ev) => {
      const f = JSON.parse(ev.data);
      if (f.type === "queue.changed") schedule();
    };
    ws.onclose = () => {
      conn.dataset.state = "reconnecting"; conn.textContent = T.reconnecting;
      retry += 1;
      setTimeout(connect, Math.min(10000, 500 * 2 ** Math.min(retry, 5)));
    };
  }
  refresh();
  setInterval(refresh, 60000);
  connect();
})();
