// The daily session's timer. Without it the page still works: type the minutes and add them.
// The start time is kept in localStorage (per user) so a reload, or a phone locking its
// screen, does not lose a running session; stopping puts the minutes in the form and sends it.
(function () {
  "use strict";
  var form = document.querySelector("[data-session-form]");
  if (!form) { return; }
  var key = form.getAttribute("data-timer-key");
  var input = form.querySelector("input[name=minutes]");
  var toggle = form.querySelector("[data-timer-toggle]");
  var clock = form.querySelector("[data-timer-clock]");
  var tick = null;
  toggle.hidden = false;
  clock.hidden = false;

  function started() {
    var value = Number(window.localStorage.getItem(key));
    return value > 0 ? value : null;
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function show() {
    var start = started();
    var seconds = start ? Math.max(0, Math.floor((Date.now() - start) / 1000)) : 0;
    clock.textContent = pad(Math.floor(seconds / 60)) + ":" + pad(seconds % 60);
    toggle.textContent = start ? "Stop and log" : "Start timer";
    toggle.setAttribute("aria-pressed", start ? "true" : "false");
    form.classList.toggle("running", Boolean(start));
  }

  toggle.addEventListener("click", function () {
    var start = started();
    if (!start) {
      window.localStorage.setItem(key, String(Date.now()));
      tick = window.setInterval(show, 1000);
      show();
      return;
    }
    window.localStorage.removeItem(key);
    window.clearInterval(tick);
    // A session shorter than a minute still counts as one: the user did sit down for it.
    input.value = Math.max(1, Math.round((Date.now() - start) / 60000));
    show();
    form.requestSubmit ? form.requestSubmit() : form.submit();
  });

  if (started()) { tick = window.setInterval(show, 1000); }
  show();
})();
