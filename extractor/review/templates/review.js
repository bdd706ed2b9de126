// sec8k review page: a highlight and its side-panel row point at each other.
(function () {
  "use strict";
  var current = [];
  function clear() {
    current.forEach(function (el) { el.classList.remove("current"); });
    current = [];
  }
  function light(el) {
    el.classList.add("current");
    current.push(el);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var mark = target.closest("mark.hl");
    if (mark) {
      clear();
      light(mark);
      var first = null;
      (mark.getAttribute("data-ev") || "").split(" ").forEach(function (n) {
        var row = document.getElementById("f-" + n);
        if (row) { light(row); first = first || row; }
      });
      if (first) { first.scrollIntoView({ block: "center" }); }
      return;
    }
    var link = target.closest("#panel a[href^='#s-']");
    if (link) {
      clear();
      var row = link.closest("li");
      if (row) { light(row); }
      var seg = document.getElementById(link.getAttribute("href").slice(1));
      if (seg) { light(seg); }
    }
  });
})();
