// The template form: a placeholder button puts `{{ name }}` where the cursor was, in the last
// field the user was typing in. Without this script the fields still work and the list of
// placeholders is there to read and type. A static file of our own: the CSP allows no inline
// script.
(function () {
  "use strict";
  var form = document.getElementById("template-form");
  if (!form) { return; }
  var last = null;
  form.addEventListener("focusin", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-placeholders")) {
      last = event.target;
    }
  });
  form.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button.placeholder");
    if (!button) { return; }
    event.preventDefault();
    var field = last || form.querySelector("textarea[data-placeholders]");
    if (!field) { return; }
    var text = button.getAttribute("data-insert");
    var start = field.selectionStart === null ? field.value.length : field.selectionStart;
    var end = field.selectionEnd === null ? start : field.selectionEnd;
    field.setRangeText(text, start, end, "end");
    field.focus();
    // The live preview listens for input events, as if the user had typed it.
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}());
