// ICD-10 autocomplete for the diagnosis form: fills a <datalist> from /records/icd10/search/.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.searchUrl;
  var input = document.querySelector("input[data-icd-search]");
  var list = document.getElementById("icd10-options");
  if (!url || !input || !list) return;
  var display = input.form && input.form.querySelector("input[name$='display']");
  var timer = null;
  var seq = 0;
  var last = {};

  function fill(results) {
    list.textContent = "";
    last = {};
    results.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.code;
      option.label = item.code + " " + item.display;
      option.textContent = item.display;
      list.appendChild(option);
      last[item.code] = item.display;
    });
  }

  input.addEventListener("input", function () {
    var code = input.value.trim().toUpperCase();
    if (last[code] && display && !display.value) display.value = last[code];
    clearTimeout(timer);
    if (input.value.trim().length < 2) return;
    timer = setTimeout(function () {
      var mine = ++seq;
      fetch(url + "?q=" + encodeURIComponent(input.value.trim()), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (body) { if (mine === seq) fill(body.results || []); })
        .catch(function () {});
    }, 200);
  });
})();
