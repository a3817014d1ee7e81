// Flashcards by keyboard: space shows the answer, 1 to 4 rate it; also records how long the card was shown.
// The answer is not in the page until asked for: "Show answer" links to the page with the back, which is
// fetched and put in place (without a script, the link opens that page).
(function () {
  "use strict";
  var card = document.querySelector("[data-flashcard]");
  if (!card) { return; }
  var shownAt = Date.now();
  var sent = false;
  var fetching = false;

  function back() { return card.querySelector("details.back"); }
  function showBack() {
    var form = card.querySelector("[data-rating-form]");
    back().open = true;
    if (!form.hasAttribute("data-ready")) {
      form.setAttribute("data-ready", "");
      form.addEventListener("submit", function (event) {
        if (sent) { event.preventDefault(); return; }
        sent = true;
        form.querySelector('input[name="duration_ms"]').value = String(Date.now() - shownAt);
      });
    }
    form.querySelector('button[data-key="3"]').focus();
  }
  function reveal() {
    var link = card.querySelector("[data-show-answer]");
    if (!link || fetching) { return; }
    if (!window.fetch || !window.DOMParser) { window.location.assign(link.href); return; }
    fetching = true;
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) {
        var fetched = new DOMParser().parseFromString(html, "text/html").querySelector("[data-flashcard] details.back");
        if (!fetched) { window.location.assign(link.href); return; }  // another card is due now: show it
        card.querySelector("[data-reveal]").replaceWith(document.adoptNode(fetched));
        showBack();
      })
      .catch(function () { window.location.assign(link.href); });
  }

  var link = card.querySelector("[data-show-answer]");
  if (link) {
    link.addEventListener("click", function (event) { event.preventDefault(); reveal(); });
  } else if (back()) {
    showBack();  // opened by the link without the script's help
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    if (event.key === " " && !back()) {
      event.preventDefault();
      reveal();
    } else if (back() && back().open && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      card.querySelector('button[data-key="' + event.key + '"]').click();
    }
  });
})();
