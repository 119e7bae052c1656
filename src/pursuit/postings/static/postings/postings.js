// Save a job: dropping a saved page anywhere on the form fills the file field; the
// bookmarklet button only shows how to drag it (clicking it here would run nothing: the
// Content-Security-Policy of Pursuit's own pages refuses javascript: links, as it should).
(function () {
  "use strict";
  var form = document.querySelector("[data-posting-drop]");
  if (form) {
    var input = form.querySelector("input[type=file]");
    form.addEventListener("dragover", function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
        event.preventDefault();
        form.classList.add("drop-target");
      }
    });
    form.addEventListener("dragleave", function () { form.classList.remove("drop-target"); });
    form.addEventListener("drop", function (event) {
      if (!input || !event.dataTransfer || !event.dataTransfer.files.length) { return; }
      event.preventDefault();
      form.classList.remove("drop-target");
      input.files = event.dataTransfer.files;
      var details = input.closest("details");
      if (details) { details.open = true; }
      form.requestSubmit();
    });
  }
  var button = document.querySelector("[data-bookmarklet]");
  if (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      window.alert("Drag this button to your bookmarks bar, then click it on a job posting.");
    });
  }
})();
