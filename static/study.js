// Flashcards by keyboard: space shows the answer, 1 to 4 rate it; also records how long the card was shown.
// The answer is not in the page until asked for: "Show answer" links to the page with the back, which is
// fetched and put in place (without a script, the link opens that page). A rating is posted in the
// background and the next card replaces the card in the page (without a script, the form posts and reloads).
(function () {
  "use strict";
  var card, shownAt, sent, fetching;

  function back() { return card && card.querySelector("details.back"); }

  function fetchPage(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text().then(function (html) {
        return { url: response.url, doc: new DOMParser().parseFromString(html, "text/html") };
      });
    });
  }

  // Put the fetched study page in place of this one (status line, card, flashes) and start over on it.
  function replacePage(fetched) {
    var main = document.getElementById("main");
    var next = fetched.doc.getElementById("main");
    if (!main || !next || !fetched.doc.querySelector("[data-study]")) { window.location.assign(fetched.url); return; }
    var nodes = Array.prototype.slice.call(next.childNodes);  // a copy: adopting a node takes it out of the live list
    main.replaceChildren.apply(main, nodes.map(function (n) { return document.adoptNode(n); }));
    document.title = fetched.doc.title;
    start();
    var heading = main.querySelector("[data-flashcard] .front, .empty");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  }

  function rate(form, button) {
    if (sent) { return; }
    sent = true;
    form.querySelector('input[name="duration_ms"]').value = String(Date.now() - shownAt);
    var data = new FormData(form);
    data.append(button.name, button.value);
    fetchPage(form.action, { method: "POST", body: data, credentials: "same-origin" })
      .then(replacePage)
      .catch(function () { sent = false; form.requestSubmit ? form.requestSubmit(button) : form.submit(); });
  }

  function showBack() {
    var form = card.querySelector("[data-rating-form]");
    back().open = true;
    if (!form.hasAttribute("data-ready")) {
      form.setAttribute("data-ready", "");
      form.addEventListener("submit", function (event) {
        var button = event.submitter;
        if (sent && !button) { event.preventDefault(); return; }
        if (!window.fetch || !window.DOMParser || !button || form.hasAttribute("data-plain")) {
          if (sent) { event.preventDefault(); return; }
          sent = true;
          form.querySelector('input[name="duration_ms"]').value = String(Date.now() - shownAt);
          return;
        }
        event.preventDefault();
        rate(form, button);
      });
    }
    form.querySelector('button[data-key="3"]').focus();
  }

  function reveal() {
    var link = card && card.querySelector("[data-show-answer]");
    if (!link || fetching) { return; }
    if (!window.fetch || !window.DOMParser) { window.location.assign(link.href); return; }
    fetching = true;
    fetchPage(link.href, { credentials: "same-origin" })
      .then(function (fetched) {
        var found = fetched.doc.querySelector("[data-flashcard] details.back");
        if (!found) { window.location.assign(link.href); return; }  // another card is due now: show it
        card.querySelector("[data-reveal]").replaceWith(document.adoptNode(found));
        fetching = false;
        showBack();
      })
      .catch(function () { window.location.assign(link.href); });
  }

  function start() {
    card = document.querySelector("[data-flashcard]");
    shownAt = Date.now();
    sent = false;
    fetching = false;
    if (!card) { return; }
    var link = card.querySelector("[data-show-answer]");
    if (link) {
      link.addEventListener("click", function (event) { event.preventDefault(); reveal(); });
    } else if (back()) {
      showBack();  // opened by the link without the script's help
    }
  }

  document.addEventListener("keydown", function (event) {
    if (!card || event.altKey || event.ctrlKey || event.metaKey) { return; }
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
  start();
})();
