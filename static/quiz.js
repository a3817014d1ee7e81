// Autosave for the quiz page: each answer is posted when given; failures are said plainly and retried.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute("data-autosave-url");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var pending = {};

  function statusOf(fieldset) { return fieldset.querySelector(".save-status"); }

  function send(slotId, value, fieldset, delay) {
    pending[slotId] = value;
    var status = statusOf(fieldset);
    status.textContent = "Saving…";
    status.className = "save-status saving";
    var body = new URLSearchParams({ slot_id: slotId, value: value });
    fetch(url, { method: "POST", body: body, credentials: "same-origin",
                 headers: { "X-CSRFToken": token, "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (pending[slotId] !== value) { return; }
        if (result.ok) {
          delete pending[slotId];
          status.textContent = "Saved";
          status.className = "save-status saved";
        } else {
          status.textContent = "Not saved: " + (result.data.error || "the server refused it") + ".";
          status.className = "save-status failed";
        }
      })
      .catch(function () {
        if (pending[slotId] !== value) { return; }
        var next = Math.min((delay || 1000) * 2, 15000);
        status.textContent = "Not saved yet: no connection. Retrying in " + Math.round(next / 1000) + " s…";
        status.className = "save-status failed";
        setTimeout(function () { if (pending[slotId] === value) { send(slotId, value, fieldset, next); } }, next);
      });
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    var fieldset = input.closest("fieldset[data-slot-id]");
    if (!fieldset) { return; }
    send(fieldset.getAttribute("data-slot-id"), input.value, fieldset, 1000);
  });
})();
