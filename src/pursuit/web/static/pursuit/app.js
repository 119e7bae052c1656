// Pursuit's small progressive enhancements. Every page works without them: forms post and
// redirect; with them, the board moves cards by drag and drop and by keyboard, and the round
// form can grow more interviewer rows.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // --- Confirmations -----------------------------------------------------------------------
  // A form with data-confirm asks first. An event listener, not an onsubmit attribute: the
  // Content-Security-Policy forbids inline handlers.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) { event.preventDefault(); }
  }, true);

  // --- Board -------------------------------------------------------------------------------
  // Each card holds a small "Move to" form; drag-and-drop and the arrow keys only set its
  // select and submit it, so every way of moving a card goes through the same request.
  var ORDER = ["interested", "applied", "interviewing", "offer", "accepted", "closed"];

  function columnOf(card) { return card.closest("[data-column]"); }

  function moveCard(card, columnKey) {
    var form = card.querySelector("form.move");
    if (!form || !columnKey) { return; }
    if (columnKey === "closed") {
      // An application ends in one of four ways: ask which.
      var dialog = document.getElementById("close-dialog");
      if (!dialog || !dialog.showModal) { form.querySelector("select").focus(); return; }
      dialog.returnValue = "";
      dialog.onclose = function () {
        if (dialog.returnValue) { submitStage(form, dialog.returnValue); }
        else { card.focus(); }
      };
      dialog.showModal();
      return;
    }
    submitStage(form, columnKey);
  }

  function submitStage(form, stage) {
    var select = form.querySelector("select[name=stage]");
    if (select.value === stage) { return; }
    select.value = stage;
    form.requestSubmit();
  }

  document.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest("[data-card]");
    if (!card) { return; }
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.id);
    card.classList.add("dragging");
  });
  document.addEventListener("dragend", function (event) {
    var card = event.target.closest && event.target.closest("[data-card]");
    if (card) { card.classList.remove("dragging"); }
    document.querySelectorAll(".drop-target").forEach(function (el) {
      el.classList.remove("drop-target");
    });
  });
  document.addEventListener("dragover", function (event) {
    var column = event.target.closest && event.target.closest("[data-column]");
    if (!column) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll(".drop-target").forEach(function (el) {
      if (el !== column) { el.classList.remove("drop-target"); }
    });
    column.classList.add("drop-target");
  });
  document.addEventListener("drop", function (event) {
    var column = event.target.closest && event.target.closest("[data-column]");
    if (!column) { return; }
    event.preventDefault();
    column.classList.remove("drop-target");
    var id = event.dataTransfer.getData("text/plain");
    var card = document.querySelector('[data-card][data-id="' + CSS.escape(id) + '"]');
    if (card && columnOf(card) !== column) { moveCard(card, column.dataset.column); }
  });

  // Keyboard: focus a card (Tab), then Left/Right moves it one column.
  document.addEventListener("keydown", function (event) {
    var card = event.target.closest && event.target.closest("[data-card]");
    if (!card || event.target !== card) { return; }
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") { return; }
    event.preventDefault();
    var index = ORDER.indexOf(columnOf(card).dataset.column);
    var next = ORDER[index + (event.key === "ArrowRight" ? 1 : -1)];
    if (next) { moveCard(card, next); }
  });

  // A select change moves the card at once (the Move button shows only without script).
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("form.move select")) {
      event.target.form.requestSubmit();
    }
  });

  // After htmx swaps the board, give the focus back to the card that moved.
  document.addEventListener("htmx:afterSwap", function (event) {
    var board = document.getElementById("board");
    if (board && board.dataset.moved) {
      var card = board.querySelector('[data-card][data-id="' + CSS.escape(board.dataset.moved) + '"]');
      if (card) { card.focus(); }
    }
  });

  // --- Round form: add interviewer rows ---------------------------------------------------
  document.addEventListener("DOMContentLoaded", function () {
    var add = document.getElementById("add-person");
    var template = document.getElementById("person-template");
    var total = document.querySelector('input[name="person-TOTAL_FORMS"]');
    if (!add || !template || !total) { return; }
    add.hidden = false;
    add.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var fieldset = holder.firstElementChild;
      fieldset.querySelector("legend").textContent = "Person " + (index + 1);
      document.getElementById("people").appendChild(fieldset);
      total.value = String(index + 1);
      var first = fieldset.querySelector("select, input");
      if (first) { first.focus(); }
    });
  });
})();
