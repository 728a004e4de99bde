// Behaviour every page shares, kept out of the HTML so the Content-Security-Policy can forbid
// inline scripts: forms that submit when a choice changes, and dismissible notices.
"use strict";
document.addEventListener("change", (event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && field.dataset.autosubmit !== undefined && field.form) {
    field.form.submit();
  }
});
document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest("[data-dismiss]") : null;
  if (button && button.parentElement) button.parentElement.hidden = true;
});
