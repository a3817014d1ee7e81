// Flashcards by keyboard: space shows the answer, 1 to 4 rate it; also records how long the card was shown.
(function () {
  "use strict";
  var card = document.querySelector("[data-flashcard]");
  if (!card) { return; }
  var back = card.querySelector("details.back");
  var form = card.querySelector("[data-rating-form]");
  var shownAt = Date.now();
  var sent = false;
  form.addEventListener("submit", function (event) {
    if (sent) { event.preventDefault(); return; }
    sent = true;
    form.querySelector('input[name="duration_ms"]').value = String(Date.now() - shownAt);
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    if (event.key === " " && !back.open) {
      event.preventDefault();
      back.open = true;
      form.querySelector('button[data-key="3"]').focus();
    } else if (back.open && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      form.querySelector('button[data-key="' + event.key + '"]').click();
    }
  });
})();
