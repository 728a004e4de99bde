// Chat attachments: attach button, camera (mobile), drag-and-drop and paste; uploads one file at
// a time with a progress bar. The stored message reaches the page through the chat socket.
(function () {
  "use strict";
  const form = document.getElementById("composer");
  const chat = document.getElementById("chat");
  if (!form || !chat || !form.dataset.uploadUrl) return;
  const T = JSON.parse(document.getElementById("chat-strings").textContent);
  const url = form.dataset.uploadUrl;
  const maxBytes = Number(form.dataset.uploadMax) || 0;
  const pageLang = document.documentElement.lang || undefined;
  const statusBox = document.getElementById("upload-status");
  const nameEl = document.getElementById("upload-name");
  const bar = document.getElementById("upload-progress");
  const cancelBtn = document.getElementById("upload-cancel");
  const errorEl = document.getElementById("upload-error");
  const fileInput = document.getElementById("attach-input");
  const cameraInput = document.getElementById("camera-input");

  const queue = [];
  let current = null; // the XMLHttpRequest in flight

  function csrfToken() {
    const input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function fmtSize(bytes) {
    const units = ["B", "KB", "MB", "GB"];
    let n = bytes, i = 0;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
    return `${new Intl.NumberFormat(pageLang, { maximumFractionDigits: i ? 1 : 0 }).format(n)} ${units[i]}`;
  }

  function showError(text) {
    errorEl.textContent = text;
    errorEl.hidden = !text;
  }

  function closed() {
    return document.getElementById("room").dataset.status === "closed";
  }

  function enqueue(files) {
    const list = Array.from(files || []).filter((f) => f && f.size !== undefined);
    if (!list.length || closed()) return;
    showError("");
    for (const file of list) {
      if (maxBytes && file.size > maxBytes) {
        showError(`${file.name}: ${(T.upload_too_large || "").replace("%(max)s", fmtSize(maxBytes))}`);
        continue;
      }
      queue.push(file);
    }
    next();
  }

  function finish() {
    current = null;
    statusBox.hidden = true;
    bar.value = 0;
    next();
  }

  function next() {
    if (current || !queue.length) return;
    const file = queue.shift();
    const data = new FormData();
    data.append("file", file, file.name || "photo.jpg");
    const xhr = new XMLHttpRequest();
    current = xhr;
    nameEl.textContent = `${T.uploading || ""} ${file.name || ""} (${fmtSize(file.size)})`;
    bar.removeAttribute("value"); // indeterminate until the first progress event
    statusBox.hidden = false;
    xhr.upload.addEventListener("progress", (ev) => {
      if (ev.lengthComputable) bar.value = Math.round((100 * ev.loaded) / ev.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status !== 201) {
        let detail = "";
        try { detail = JSON.parse(xhr.responseText).detail || ""; } catch (e) { /* not JSON */ }
        if (!detail && xhr.status === 413) detail = (T.upload_too_large || "").replace("%(max)s", fmtSize(maxBytes));
        showError(`${file.name ? file.name + ": " : ""}${detail || T.upload_failed}`);
      }
      finish();
    });
    xhr.addEventListener("error", () => { showError(T.upload_network || T.upload_failed); finish(); });
    xhr.addEventListener("abort", () => { showError(T.upload_cancelled || ""); finish(); });
    xhr.open("POST", url);
    xhr.setRequestHeader("X-CSRFToken", csrfToken());
    xhr.setRequestHeader("Accept", "application/json");
    xhr.send(data);
  }

  cancelBtn.addEventListener("click", () => {
    queue.length = 0;
    if (current) current.abort();
  });

  document.getElementById("attach-btn").addEventListener("click", () => fileInput.click());
  document.getElementById("camera-btn").addEventListener("click", () => cameraInput.click());
  for (const input of [fileInput, cameraInput]) {
    input.addEventListener("change", () => {
      enqueue(input.files);
      input.value = ""; // the same file may be chosen again
    });
  }

  // Drag and drop anywhere on the chat.
  let depth = 0;
  const hasFiles = (ev) => ev.dataTransfer && Array.from(ev.dataTransfer.types || []).includes("Files");
  chat.addEventListener("dragenter", (ev) => {
    if (!hasFiles(ev) || closed()) return;
    ev.preventDefault();
    depth += 1;
    chat.classList.add("dragging");
  });
  chat.addEventListener("dragover", (ev) => {
    if (!hasFiles(ev) || closed()) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
  });
  chat.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) chat.classList.remove("dragging");
  });
  chat.addEventListener("drop", (ev) => {
    depth = 0;
    chat.classList.remove("dragging");
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    enqueue(ev.dataTransfer.files);
  });

  // A file dropped beside the chat does not replace the page with itself.
  for (const type of ["dragover", "drop"]) {
    window.addEventListener(type, (ev) => {
      if (hasFiles(ev) && !chat.contains(ev.target)) ev.preventDefault();
    });
  }

  // Paste a screenshot or a copied file into the chat (not into another field, e.g. a report).
  document.addEventListener("paste", (ev) => {
    const files = ev.clipboardData ? Array.from(ev.clipboardData.files || []) : [];
    if (!files.length) return;
    const field = ev.target && ev.target.closest && ev.target.closest("input, textarea, select, [contenteditable]");
    if (field && !form.contains(field)) return;
    ev.preventDefault();
    enqueue(files);
  });

  window.telemedAttachments = { upload: enqueue };
})();
