// sec8k batch index: filter the table by words and by what a row holds.
(function () {
  "use strict";
  var filter = document.getElementById("filter");
  var only = document.getElementById("only");
  var shown = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#filings tbody tr"));
  var words = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function apply() {
    var query = filter.value.trim().toLowerCase();
    var need = only.value;
    var count = 0;
    rows.forEach(function (row, i) {
      var keep = words[i].indexOf(query) >= 0 &&
        (!need || Number(row.getAttribute("data-" + need)) > 0);
      row.hidden = !keep;
      if (keep) { count += 1; }
    });
    shown.textContent = count + " row(s)";
  }
  filter.addEventListener("input", apply);
  only.addEventListener("change", apply);
})();
