// Bank page: "Tick all on this page" ticks every question's box; ticking one picks "the ticked questions" again.
(function () {
  "use strict";
  var label = document.querySelector("[data-select-page]");
  var all = document.getElementById("select-page");
  if (!label || !all) { return; }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="ids"]'));
  var ticked = document.querySelector('input[name="scope"][value="ticked"]');
  label.hidden = false;
  function sync() {
    var n = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = n === boxes.length && n > 0;
    all.indeterminate = n > 0 && n < boxes.length;
  }
  all.addEventListener("change", function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
    if (ticked) { ticked.checked = true; }
  });
  boxes.forEach(function (b) {
    b.addEventListener("change", function () { sync(); if (ticked) { ticked.checked = true; } });
  });
  sync();
})();
