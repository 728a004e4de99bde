// Live chat room: speaks the /ws/consult/<id>/ frames, reconnects and resumes without duplicates.
(function () {
  "use strict";
  const room = document.getElementById("room");
  if (!room) return;
  const T = JSON.parse(document.getElementById("chat-strings").textContent);
  const consultationId = room.dataset.consultation;
  const myRole = room.dataset.role;
  const list = document.getElementById("messages");
  const conn = document.getElementById("conn");
  const form = document.getElementById("composer");
  const input = document.getElementById("composer-input");
  const pageLang = document.documentElement.lang || undefined; // the site's language, not the browser's

  let socket = null;
  let lastSeq = 0;
  let retry = 0;
  let stopped = false;
  let held = false;
  let reconnectTimer = null;
  const seen = new Set();
  const pending = new Map(); // client_id -> {body, el}
  const streams = new Map(); // job -> element

  function uuid4() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  function setConn(state) {
    conn.dataset.state = state;
    conn.textContent = T[state] || state;
  }

  function nearBottom() {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 120;
  }

  function scrollDown(force) {
    if (force || nearBottom()) list.scrollTop = list.scrollHeight;
  }

  function isMine(sender) {
    return sender === myRole;
  }

  function bubble(sender, body, timeText, extraClass) {
    const li = document.createElement("li");
    li.className = `msg from-${sender}` + (isMine(sender) ? " mine" : "") + (extraClass ? " " + extraClass : "");
    const meta = document.createElement("div");
    meta.className = "meta";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = isMine(sender) ? T.you : T[sender] || sender;
    meta.appendChild(who);
    if (sender === "assistant") {
      const tag = document.createElement("span");
      tag.className = "ai-label";
      tag.textContent = "AI";
      meta.appendChild(tag);
    }
    const time = document.createElement("time");
    time.textContent = timeText || "";
    if (extraClass && extraClass.includes("pending")) time.className = "state";
    meta.appendChild(time);
    const text = document.createElement("div");
    text.className = "body";
    text.textContent = body;
    li.appendChild(meta);
    li.appendChild(text);
    return li;
  }

  function fmtTime(iso) {
    const d = new Date(iso);
    const time = d.toLocaleTimeString(pageLang, { hour: "2-digit", minute: "2-digit" });
    if (d.toDateString() === new Date().toDateString()) return time;
    return `${d.toLocaleDateString(pageLang, { day: "numeric", month: "short" })} ${time}`;
  }

  function pendingLabel() {
    return socket && socket.readyState === WebSocket.OPEN ? T.sending : T.queued || T.sending;
  }

  function insertOrdered(li, seq) {
    li.dataset.seq = seq;
    const after = Array.from(list.querySelectorAll("li[data-seq]")).find((x) => Number(x.dataset.seq) > seq);
    const firstTransient = list.querySelector("li.transient");
    list.insertBefore(li, after || firstTransient || null);
  }

  function fmtSize(bytes) {
    const units = ["B", "KB", "MB", "GB"];
    let n = bytes, i = 0;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
    return `${new Intl.NumberFormat(pageLang, { maximumFractionDigits: i ? 1 : 0 }).format(n)} ${units[i]}`;
  }

  // A photo shows as its thumbnail linking to the full file; anything else (a PDF) as a file chip.
  function attachmentEl(a, follow) {
    const link = document.createElement("a");
    link.href = a.url;
    link.target = "_blank";
    link.rel = "noopener";
    link.dataset.testid = "attachment";
    if (a.thumbnail_url && a.content_type.startsWith("image/")) {
      link.className = "att-photo";
      link.title = a.name;
      const img = document.createElement("img");
      img.src = a.thumbnail_url;
      img.alt = a.name;
      img.loading = "lazy";
      img.decoding = "async";
      img.dataset.testid = "attachment-thumbnail";
      img.addEventListener("load", () => scrollDown(follow));
      link.appendChild(img);
    } else {
      link.className = "att-file";
      const icon = document.createElement("span");
      icon.className = "att-icon";
      icon.textContent = a.content_type === "application/pdf" ? "PDF" : "FILE";
      const name = document.createElement("span");
      name.className = "att-name";
      name.textContent = a.name;
      const size = document.createElement("span");
      size.className = "att-size";
      size.textContent = `${fmtSize(a.size)} · ${T.open_file || ""}`;
      link.append(icon, name, size);
    }
    return link;
  }

  function onMessage(f) {
    if (seen.has(f.seq)) return;
    seen.add(f.seq);
    lastSeq = Math.max(lastSeq, f.seq);
    const follow = nearBottom() || isMine(f.sender);
    if (f.client_id && pending.has(f.client_id)) {
      pending.get(f.client_id).el.remove();
      pending.delete(f.client_id);
    }
    if (f.sender === "assistant" && streams.size) {
      const [job, el] = streams.entries().next().value;
      el.remove();
      streams.delete(job);
    }
    const li = bubble(f.sender, f.body, fmtTime(f.created));
    li.dataset.testid = "message";
    if (f.attachment) {
      li.classList.add("with-attachment");
      const body = li.querySelector(".body");
      body.before(attachmentEl(f.attachment, follow));
      if (f.body === f.attachment.name) body.hidden = true; // no caption: the name is on the file
    }
    const t = li.querySelector("time");
    t.dateTime = f.created;
    t.title = new Date(f.created).toLocaleString(pageLang);
    insertOrdered(li, f.seq);
    scrollDown(follow);
  }

  function onToken(f) {
    let el = streams.get(f.job);
    if (!el) {
      el = bubble("assistant", "", T.typing, "transient streaming");
      streams.set(f.job, el);
      list.appendChild(el);
    }
    el.querySelector(".body").textContent += f.text;
    scrollDown(false);
  }

  function onAiStart(f) {
    // A retried job starts over: drop the text an interrupted attempt had streamed.
    const el = streams.get(f.job);
    if (el) el.querySelector(".body").textContent = "";
  }

  function onStatus(f) {
    room.dataset.status = f.status;
    const status = document.querySelector("[data-testid=status]");
    if (status) status.textContent = f.status_label;
    if (f.status === "closed" && form) {
      form.hidden = true;
      const note = document.createElement("p");
      note.className = "muted center";
      note.textContent = f.status_label;
      form.after(note);
    }
  }

  function onAiEnd(f, failed) {
    const el = streams.get(f.job);
    if (el && failed) {
      el.querySelector(".body").textContent = f.detail || T.ai_error;
      el.classList.remove("streaming");
      el.classList.add("failed");
      streams.delete(f.job);
    } else if (el && !seen.has(f.seq)) {
      el.classList.remove("streaming"); // the stored message frame replaces it
    } else if (el) {
      el.remove();
      streams.delete(f.job);
    }
    if (failed && !el) {
      const li = bubble("system", f.detail || T.ai_error, "", "transient failed");
      list.appendChild(li);
    }
    scrollDown(false);
  }

  function onTriage(f) {
    const badge = document.getElementById("urgency-badge");
    if (badge) {
      badge.className = `badge urgency-${f.urgency}`;
      badge.textContent = T[f.urgency] || f.urgency;
    }
    const banner = document.getElementById("emergency-banner");
    if (banner) banner.hidden = f.urgency !== "emergency";
    const flags = document.getElementById("triage-flags");
    const labels = f.red_flag_labels || f.red_flags;
    if (flags && labels) flags.textContent = labels.join(", ") || "—";
    const summary = document.getElementById("triage-summary");
    if (summary && f.summary) summary.textContent = f.summary;
    const a = f.assessment;
    if (a) {
      const fill = (id, value) => {
        const el = document.getElementById(id);
        if (el) el.textContent = value === null || value === undefined || value === "" ? "—" : value;
      };
      fill("triage-duration", a.duration);
      fill("triage-severity", a.severity);
      fill("triage-present", (a.findings_present || []).join(", "));
      fill("triage-absent", (a.findings_absent || []).join(", "));
      fill("triage-reasons", (a.reasons || []).join("; "));
    }
  }

  const handlers = {
    message: onMessage,
    "ai.start": onAiStart,
    "ai.token": onToken,
    "consultation.status": onStatus,
    "ai.done": (f) => onAiEnd(f, false),
    "ai.error": (f) => onAiEnd(f, true),
    triage: onTriage,
    error: (f) => {
      const li = bubble("system", f.detail, "", "transient error-msg");
      list.appendChild(li);
      scrollDown(true);
    },
  };

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function flushPending() {
    for (const [clientId, p] of pending) {
      send({ type: "message.send", body: p.body, client_id: clientId });
      const t = p.el.querySelector("time");
      if (t) t.textContent = T.sending;
    }
  }

  function scheduleReconnect() {
    clearTimeout(reconnectTimer);
    retry += 1;
    reconnectTimer = setTimeout(connect, Math.min(10000, 500 * 2 ** Math.min(retry, 5)));
  }

  function connect() {
    if (stopped || held) return;
    clearTimeout(reconnectTimer);
    const proto = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${proto}://${location.host}/ws/consult/${consultationId}/`);
    socket = ws;
    setConn(retry ? "reconnecting" : "connecting");
    ws.onopen = () => {
      retry = 0;
      setConn("connected");
      send({ type: "resume", after_seq: lastSeq });
      flushPending();
    };
    ws.onmessage = (ev) => {
      let frame;
      try { frame = JSON.parse(ev.data); } catch (e) { return; }
      const h = handlers[frame.type];
      // Clinician AI jobs (suggestions, report drafts) belong to clinician.js, not the chat.
      const clinicianTool = frame.kind === "suggest" || frame.kind === "report";
      if (h && !clinicianTool) h(frame);
      // Extra frame types (clinician tools) are re-dispatched as DOM events.
      document.dispatchEvent(new CustomEvent("telemed:frame", { detail: frame }));
    };
    ws.onclose = (ev) => {
      if (socket !== ws) return; // an older socket closing late
      if (ev.code === 4403) { stopped = true; setConn("refused"); return; }
      if (stopped) return;
      setConn("reconnecting");
      if (!held) scheduleReconnect();
    };
  }

  // Come back at once when the network returns instead of waiting for the back-off.
  window.addEventListener("online", () => {
    if (!socket || socket.readyState === WebSocket.CLOSED) { retry = Math.max(retry, 1); connect(); }
  });

  window.telemedChat = {
    send,
    // Diagnostics and the end-to-end test: drop the socket and hold it down, then reconnect.
    simulateDrop() { held = true; clearTimeout(reconnectTimer); if (socket) socket.close(); },
    reconnect() { held = false; retry = Math.max(retry, 1); connect(); },
    get lastSeq() { return lastSeq; },
    get connected() { return !!socket && socket.readyState === WebSocket.OPEN; },
  };

  if (form) {
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const body = input.value.trim();
      if (!body) return;
      const clientId = uuid4();
      const el = bubble(myRole, body, pendingLabel(), "transient pending");
      list.appendChild(el);
      pending.set(clientId, { body, el });
      send({ type: "message.send", body, client_id: clientId });
      input.value = "";
      scrollDown(true);
      input.focus();
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
    });
  }
  connect();
})();
