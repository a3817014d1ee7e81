// Quiz page: autosave each answer as it is given, say plainly when saving fails and retry,
// keep unsent answers in the browser until the server has them, reorder items by keyboard, count down.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var url = form.getAttribute("data-autosave-url");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var banner = document.querySelector(".connection");
  var storeKey = "studyapp:" + url;
  // The page's translated messages (templates/student/attempt.html); {name} placeholders filled by t().
  var messages = {};
  try { messages = JSON.parse(document.getElementById("quiz-messages").textContent); } catch (e) { /* none */ }
  function t(key, values) {
    var text = messages[key] || key;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }
  var unsent = {};
  var timers = {};
  var version = {};

  function loadUnsent() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "{}"); } catch (e) { return {}; }
  }
  function keepUnsent() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(unsent)); } catch (e) { /* private mode */ }
  }
  function showBanner(text) {
    if (!banner) { return; }
    banner.hidden = !text;
    banner.textContent = text || "";
  }
  function fieldsOf(fieldset) {
    var data = new FormData();
    fieldset.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name || el.disabled) { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      data.append(el.name, el.value);
    });
    return data;
  }
  function setStatus(fieldset, text, css) {
    var status = fieldset.querySelector(".save-status");
    status.textContent = text;
    status.className = "save-status " + css;
  }

  function send(slotId, delay) {
    var fieldset = form.querySelector('fieldset[data-slot-id="' + slotId + '"]');
    var entries = unsent[slotId];
    if (!fieldset || !entries) { return; }
    var mine = version[slotId];
    var body = new URLSearchParams(entries);
    body.set("slot_id", slotId);
    setStatus(fieldset, t("saving"), "saving");
    fetch(url, { method: "POST", body: body, credentials: "same-origin",
                 headers: { "X-CSRFToken": token, "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (version[slotId] !== mine) { return; }
        delete unsent[slotId];
        keepUnsent();
        if (!Object.keys(unsent).length) { showBanner(""); }
        if (result.ok) {
          setStatus(fieldset, t("saved"), "saved");
        } else {
          setStatus(fieldset, t("not_saved", { reason: result.data.error || t("refused") }), "failed");
          if (result.data.closed) { showBanner(result.data.error); }
        }
      })
      .catch(function () {
        if (version[slotId] !== mine) { return; }
        var next = Math.min((delay || 1000) * 2, 15000);
        setStatus(fieldset, t("retrying"), "failed");
        showBanner(t("offline"));
        timers[slotId] = setTimeout(function () { send(slotId, next); }, next);
      });
  }

  function queue(fieldset, wait) {
    var slotId = fieldset.getAttribute("data-slot-id");
    var entries = [];
    fieldsOf(fieldset).forEach(function (value, name) { entries.push([name, value]); });
    unsent[slotId] = entries;
    version[slotId] = (version[slotId] || 0) + 1;
    keepUnsent();
    clearTimeout(timers[slotId]);
    timers[slotId] = setTimeout(function () { send(slotId, 1000); }, wait);
  }

  // "7 of 11 answered": the server's count on load; a question the student touches counts when it holds an answer.
  var counter = document.querySelector("#answered-count [data-answered]");
  var touched = {};
  function holdsAnswer(fieldset) {
    return Array.prototype.some.call(fieldset.querySelectorAll("input, select, textarea"), function (el) {
      if (el.disabled || el.type === "hidden" || el.matches("select.position")) { return false; }
      if (el.type === "radio" || el.type === "checkbox") { return el.checked; }
      return el.value.trim() !== "";
    });
  }
  function recount(fieldset) {
    if (fieldset) { touched[fieldset.getAttribute("data-slot-id")] = true; }
    if (!counter) { return; }
    var n = 0;
    form.querySelectorAll("fieldset[data-slot-id]").forEach(function (f) {
      var answered = touched[f.getAttribute("data-slot-id")] ? holdsAnswer(f) : f.hasAttribute("data-answered");
      if (answered) { n += 1; }
    });
    counter.textContent = String(n);
  }

  // With feedback after each question, an answer is given (and final) when the student checks it;
  // the form posts it without JavaScript, so nothing is autosaved before that.
  var immediate = form.hasAttribute("data-immediate");
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-slot-id]");
    if (fieldset && !immediate) { queue(fieldset, 0); }
    if (fieldset && !immediate) { recount(fieldset); }
  });
  form.addEventListener("input", function (event) {
    var fieldset = event.target.closest("fieldset[data-slot-id]");
    // Typing is saved after a pause: 0.6 s in a one-line box, 1.5 s in an essay (whole sentences at a time).
    if (fieldset && !immediate && event.target.type === "text") { queue(fieldset, 600); recount(fieldset); }
    if (fieldset && !immediate && event.target.tagName === "TEXTAREA") { queue(fieldset, 1500); recount(fieldset); }
  });
  window.addEventListener("online", function () { Object.keys(unsent).forEach(function (id) { send(id, 1000); }); });

  // "Finish attempt…" when the server already holds every answer: straight to the summary, without sending the
  // whole form again (at the end of an exam every request counts). An answer not yet sent or refused, or the
  // time limit's confirmed submit, still posts the form, which saves it or shows why not.
  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (immediate || !button || button.name !== "submit" || form.querySelector('input[name="confirm"]')) { return; }
    if (Object.keys(unsent).length || form.querySelector(".save-status.failed, .save-status.saving")) { return; }
    event.preventDefault();
    window.location.assign(form.getAttribute("data-summary-url"));
  });

  // Answers typed while offline in an earlier visit: put them back and send them.
  var earlier = loadUnsent();
  Object.keys(earlier).forEach(function (slotId) {
    var fieldset = form.querySelector('fieldset[data-slot-id="' + slotId + '"]');
    if (!fieldset) { return; }
    earlier[slotId].forEach(function (pair) {
      fieldset.querySelectorAll('[name="' + pair[0] + '"]').forEach(function (el) {
        if (el.type === "radio") { el.checked = el.value === pair[1]; }
        else if (el.type === "checkbox") {  // several boxes share a name: ticked when any kept pair names its value
          el.checked = earlier[slotId].some(function (p) { return p[0] === el.name && p[1] === el.value; });
        } else if (el.type !== "hidden") { el.value = pair[1]; }
      });
    });
    unsent[slotId] = earlier[slotId];
    version[slotId] = 1;
    send(slotId, 1000);
    recount(fieldset);
  });

  // Ordering: Up and Down buttons move an item and renumber the positions. Moving an item gives an answer,
  // so "This order is my answer" is ticked (moved back to the first order, it is still an answer).
  form.querySelectorAll("[data-ordering]").forEach(function (list) {
    var keep = (list.closest("fieldset") || list.parentNode).querySelector("[data-keep-order]");
    var moveHelp = (list.closest("fieldset") || list.parentNode).querySelector("[data-move-help]");
    if (moveHelp) { moveHelp.hidden = false; }  // the buttons exist only where this script runs
    function renumber() {
      list.querySelectorAll(".order-item").forEach(function (li, i) { li.querySelector("select.position").value = String(i + 1); });
      if (keep) { keep.checked = true; }
    }
    list.querySelectorAll(".order-item").forEach(function (li) {
      var text = li.querySelector(".item-text").textContent;
      [["Up", -1], ["Down", 1]].forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button secondary move";
        button.textContent = spec[0] === "Up" ? "↑" : "↓";
        button.setAttribute("aria-label", t(spec[0] === "Up" ? "move_up" : "move_down", { item: text }));
        button.addEventListener("click", function () {
          var sibling = spec[1] < 0 ? li.previousElementSibling : li.nextElementSibling;
          if (!sibling) { return; }
          if (spec[1] < 0) { list.insertBefore(li, sibling); } else { list.insertBefore(sibling, li); }
          renumber();
          button.focus();
          queue(list.closest("fieldset[data-slot-id]"), 0);
          recount(list.closest("fieldset[data-slot-id]"));
        });
        li.appendChild(button);
      });
    });
    // With buttons, positions follow the list order; reorder once by the selected positions.
    list.addEventListener("change", function (event) {
      if (!event.target.matches("select.position")) { return; }
      var items = Array.prototype.slice.call(list.querySelectorAll(".order-item"));
      var moved = event.target.closest(".order-item");
      var target = parseInt(event.target.value, 10) - 1;
      items.splice(items.indexOf(moved), 1);
      items.splice(target, 0, moved);
      items.forEach(function (li) { list.appendChild(li); });
      renumber();
      event.target.focus();
    }, true);
  });

  // Countdown: the server enforces the limit; this only shows it.
  var timer = document.querySelector("[data-deadline]");
  if (timer) {
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      timer.textContent = t("time_left", { time: Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0") });
      if (left === 0) {
        timer.textContent = t("time_up");
        var confirmed = document.createElement("input");  // the limit confirms: no summary to stop at
        confirmed.type = "hidden"; confirmed.name = "confirm"; confirmed.value = "1";
        form.appendChild(confirmed);
        form.querySelector('button[name="submit"]').click();
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
