// The end of a consultation: when the room's `consultation.status` frame says closed, the page
// reloads so the server renders the closed panel (the signed report, the follow-up plan and what
// to do if things get worse) in the reader's language. chat.js re-dispatches every socket frame
// as a `telemed:frame` document event. A page with typed, unsaved text (a clinician's draft
// report in another tab) is not reloaded: the edits can still be saved and signed.
(function () {
  "use strict";
  const room = document.getElementById("room");
  if (!room || room.dataset.status === "closed") return;
  let reloading = false;

  function unsavedEdits() {
    return Array.from(room.querySelectorAll("textarea, input[type=text]")).some(
      // the chat box does not count: nothing can be sent in a closed consultation
      (el) => el.id !== "composer-input" && el.value !== el.defaultValue
    );
  }

  document.addEventListener("telemed:frame", (ev) => {
    const frame = ev.detail || {};
    if (frame.type !== "consultation.status" || frame.status !== "closed" || reloading) return;
    if (unsavedEdits()) return;
    reloading = true;
    // A moment for the closing message to show, then the closed page.
    setTimeout(() => window.location.reload(), 400);
  });
})();
