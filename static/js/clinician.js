// Clinician AI tools of the room: diagnostic suggestions (accept / dismiss) and the report draft.
// Listens to the frames chat.js re-dispatches as "telemed:frame" events; sends with telemedChat.
(function () {
  "use strict";
  const panel = document.getElementById("clinician-ai");
  if (!panel) return;
  const T = JSON.parse(document.getElementById("clinician-strings").textContent);
  const consultationId = panel.dataset.consultation;
  const status = document.getElementById("ai-status");
  const streamBox = document.getElementById("ai-stream");
  const streamLabel = document.getElementById("ai-stream-label");
  const streamText = document.getElementById("ai-stream-text");
  const fallbackNote = document.getElementById("ai-fallback");
  const modelNote = document.getElementById("ai-model");
  const list = document.getElementById("ai-suggestions");
  const suggestBtn = document.getElementById("ai-suggest-btn");
  const reportBtn = document.getElementById("ai-report-btn");
  const editor = document.getElementById("report-editor");
  const editLink = document.getElementById("report-edit-link");
  const reportFallback = document.getElementById("report-fallback");
  const buttons = { suggest: suggestBtn, report: reportBtn };
  const jobs = { suggest: null, report: null }; // kind -> job id in progress
  let suggestionJob = null;

  function csrfToken() {
    const input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setStatus(text) {
    status.textContent = text || "";
  }

  function busy(kind, on) {
    const btn = buttons[kind];
    if (btn) btn.disabled = on;
    if (btn) btn.setAttribute("aria-busy", on ? "true" : "false");
  }

  function request(kind) {
    const frame = {
      type: kind === "suggest" ? "ai.suggest" : "report.generate",
      lang: document.documentElement.lang,  // suggestions and drafts in the page's language
    };
    if (!window.telemedChat || !window.telemedChat.send(frame)) {
      setStatus(T.failed);
      return;
    }
    busy(kind, true);
    jobs[kind] = "pending";
    setStatus(T.queued);
  }

  if (suggestBtn) suggestBtn.addEventListener("click", () => request("suggest"));
  if (reportBtn) reportBtn.addEventListener("click", () => request("report"));

  // --- suggestions ------------------------------------------------------------------------

  function showMessage(seq) {
    const li = document.querySelector(`#messages li[data-seq="${seq}"]`);
    if (!li) return;
    li.scrollIntoView({ behavior: "smooth", block: "center" });
    li.classList.add("highlight");
    setTimeout(() => li.classList.remove("highlight"), 2500);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function evidenceItem(ev) {
    const li = el("li");
    li.dataset.source = ev.source;
    if (ev.source === "message") {
      const ref = el("a", "seq-ref", `#${ev.seq}`);
      ref.href = `#msg-${ev.seq}`;
      ref.title = T.message_ref;
      ref.dataset.seq = ev.seq;
      ref.addEventListener("click", (e) => { e.preventDefault(); showMessage(ev.seq); });
      li.appendChild(ref);
    } else {
      li.appendChild(el("span", "muted", `${T[ev.source] || ev.source}: `));
    }
    li.appendChild(el("span", "", `“${ev.text}”`));
    if (ev.finding) li.appendChild(el("span", "muted small", ` (${ev.finding})`));
    return li;
  }

  function section(label, items, render) {
    const frag = document.createDocumentFragment();
    if (!items || !items.length) return frag;
    frag.appendChild(el("p", "sg-label", label));
    const ul = el("ul");
    items.forEach((x) => ul.appendChild(render(x)));
    frag.appendChild(ul);
    return frag;
  }

  function markDecided(li, decision) {
    li.classList.add(`decided-${decision.action}`);
    const actions = li.querySelector(".sg-actions");
    if (actions) actions.remove();
    if (!li.querySelector(".sg-decision")) {
      li.appendChild(el("p", "sg-decision", decision.action === "accepted" ? T.accepted : T.dismissed));
    }
  }

  async function decide(li, job, index, action) {
    li.querySelectorAll(".sg-actions button").forEach((b) => { b.disabled = true; });
    try {
      const resp = await fetch(`/consult/${consultationId}/suggestions/${job}/${index}/${action}/`, {
        method: "POST",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
        credentials: "same-origin",
      });
      const data = await resp.json();
      if (!resp.ok) throw new Error(data.detail || T.error);
      markDecided(li, data);
    } catch (err) {
      setStatus(`${T.error}: ${err.message}`);
      li.querySelectorAll(".sg-actions button").forEach((b) => { b.disabled = false; });
    }
  }

  function renderSuggestions(data) {
    list.textContent = "";
    suggestionJob = data.job;
    fallbackNote.hidden = !data.fallback;
    modelNote.textContent = data.model ? `${T.model}: ${data.model.split("/").pop()}` : "";
    if (!data.items || !data.items.length) {
      list.appendChild(el("li", "muted", T.none));
      return;
    }
    const decisions = data.decisions || {};
    data.items.forEach((item, i) => {
      const index = item.index !== undefined ? item.index : i;
      const li = el("li");
      li.dataset.index = index;
      li.dataset.testid = "suggestion";
      const head = el("div", "sg-head", item.name);
      head.appendChild(el("span", "sg-code", item.icd10));
      li.appendChild(head);
      const meta = el("div");
      meta.appendChild(el("span", `badge likelihood-${item.likelihood.replace(" ", "-")}`, T[item.likelihood] || item.likelihood));
      if (item.ranked_by === "model") {
        const tag = el("span", "ai-label", "AI");
        tag.title = T.ranked_by_model;
        meta.appendChild(tag);
      }
      li.appendChild(meta);
      if (item.reason) li.appendChild(el("p", "small muted", `${T.reason}: ${item.reason}`));
      li.appendChild(section(T.evidence_for, item.evidence_for, evidenceItem));
      li.appendChild(section(T.evidence_against, item.evidence_against, evidenceItem));
      li.appendChild(section(T.red_flags, item.red_flags, (t) => el("li", "", t)));
      li.appendChild(section(T.next_steps, item.next_steps, (t) => el("li", "", t)));
      const decision = decisions[String(index)];
      if (decision) {
        markDecided(li, decision);
      } else if (panel.dataset.open === "1") {
        const actions = el("div", "sg-actions");
        const accept = el("button", "", T.accept);
        accept.type = "button";
        accept.dataset.testid = "accept";
        accept.addEventListener("click", () => decide(li, data.job, index, "accept"));
        const dismiss = el("button", "secondary outline", T.dismiss);
        dismiss.type = "button";
        dismiss.dataset.testid = "dismiss";
        dismiss.addEventListener("click", () => decide(li, data.job, index, "dismiss"));
        actions.append(accept, dismiss);
        li.appendChild(actions);
      }
      list.appendChild(li);
    });
  }

  // --- report -----------------------------------------------------------------------------

  function textareas() {
    return editor ? editor.querySelectorAll("textarea[data-section]") : [];
  }

  function showDraft(frame) {
    if (!editor) return;
    editor.hidden = false;
    if (frame.sections) {
      textareas().forEach((ta) => { ta.value = frame.sections[ta.dataset.section] || ""; });
    }
    if (frame.url) {
      editor.action = frame.url;
      editLink.href = frame.url;
    }
    if (reportFallback) reportFallback.hidden = !frame.fallback;
  }

  // --- frames -----------------------------------------------------------------------------

  function onFrame(f) {
    const kind = f.kind;
    if (f.type === "error") {
      // A refused ai.suggest / report.generate: give the buttons back.
      ["suggest", "report"].forEach((k) => {
        if (jobs[k] === "pending") { jobs[k] = null; busy(k, false); setStatus(f.detail); }
      });
      return;
    }
    if (kind !== "suggest" && kind !== "report") return;
    switch (f.type) {
      case "ai.queued":
        jobs[kind] = f.job;
        busy(kind, true);
        setStatus(T[`working_${kind}`]);
        break;
      case "ai.start":
        jobs[kind] = f.job;
        busy(kind, true);
        setStatus(T[`working_${kind}`]);
        streamBox.hidden = false;
        streamLabel.textContent = T[`stream_${kind}`];
        streamText.textContent = "";
        if (kind === "report" && editor) {
          editor.hidden = false;
          textareas().forEach((ta) => { ta.value = ""; });
        }
        break;
      case "ai.token":
        if (kind === "report" && f.section && editor) {
          const ta = editor.querySelector(`textarea[data-section="${f.section}"]`);
          if (ta) ta.value += f.text;
        }
        streamText.textContent += f.text;
        streamText.scrollTop = streamText.scrollHeight;
        break;
      case "ai.suggestions":
        renderSuggestions(f);
        break;
      case "report.draft":
        showDraft(f);
        break;
      case "ai.suggestion.decided": {
        const li = list.querySelector(`li[data-index="${f.index}"]`);
        if (li && String(f.job) === String(suggestionJob)) markDecided(li, f);
        break;
      }
      case "ai.done":
        jobs[kind] = null;
        busy(kind, false);
        setStatus(T[`done_${kind}`]);
        break;
      case "ai.error":
        jobs[kind] = null;
        busy(kind, false);
        setStatus(`${T.failed} ${f.detail || ""}`);
        break;
      default:
        break;
    }
  }

  document.addEventListener("telemed:frame", (e) => onFrame(e.detail));

  const initial = JSON.parse(document.getElementById("ai-suggestions-data").textContent);
  if (initial) renderSuggestions(initial);
})();
