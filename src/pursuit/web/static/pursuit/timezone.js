// Time zones, as progressive enhancements (every form works without this file):
// - Today's banner asks about the zone this browser is in, not only the one set;
// - the first-run form starts at the browser's zone;
// - every time-zone select gets a search box that filters its options.
// The browser's zone (Intl) is sent to the server, which answers with the zone a person is
// offered for it: browsers still say "Asia/Calcutta" or "Europe/Kiev", which the picker lists
// under their current names. A file of its own: the Content-Security-Policy allows no inline
// script.
(function () {
  "use strict";

  function browserZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }

  // Calls back with the offered zone for the browser's, or "" (unknown, or no answer).
  function guess(url, done) {
    var zone = browserZone();
    if (!zone || !url || !window.fetch) { done(""); return; }
    fetch(url + "?zone=" + encodeURIComponent(zone), {credentials: "same-origin",
                                                     headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : {zone: ""}; })
      .then(function (data) { done(data && data.zone ? String(data.zone) : ""); },
            function () { done(""); });
  }

  function strong(text) {
    var el = document.createElement("strong");
    el.textContent = text;
    return el;
  }

  // --- Today's banner ----------------------------------------------------------------------
  function banner(section) {
    var current = section.getAttribute("data-current");
    guess(section.getAttribute("data-guess-url"), function (zone) {
      if (!zone) { return; }  // keep the question about the zone set
      var question = section.querySelector("[data-tz-question]");
      var detail = section.querySelector("[data-tz-detail]");
      question.textContent = "";
      if (zone === current) {
        question.append("Your time zone is ", strong(zone), ", as this browser says.");
        return;
      }
      question.append("Your time zone looks like ", strong(zone), ".");
      detail.textContent = "So this browser says; it is set to " + current +
        " now. Every date and reminder is shown in the zone you keep.";
      section.querySelector("[data-tz-keep]").value = zone;
      section.setAttribute("data-guess", zone);
      var dismiss = section.querySelector("[data-tz-dismiss]");
      if (dismiss) { dismiss.hidden = false; }
    });
  }

  // --- The first-run form starts at the browser's zone -------------------------------------
  function startAtBrowserZone(select) {
    var url = select.getAttribute("data-guess-url");
    guess(url, function (zone) {
      if (!zone) { return; }
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === zone) {
          select.value = zone;
          var said = select.form && select.form.querySelector("input[name=browser_timezone]");
          if (said) { said.value = zone; }
          select.dispatchEvent(new Event("change", {bubbles: true}));
          return;
        }
      }
    });
  }

  // --- Search among the zones ---------------------------------------------------------------
  function fold(text) {
    return text.toLowerCase().replace(/[_/]+/g, " ").replace(/\s+/g, " ").trim();
  }

  function searchable(select) {
    var box = document.createElement("input");
    box.type = "search";
    box.className = "tz-search";
    box.placeholder = "Search: a city, a region…";
    box.autocomplete = "off";
    box.setAttribute("aria-label", "Search the time zones");
    box.setAttribute("aria-controls", select.id);
    var status = document.createElement("small");
    status.className = "help tz-search-status";
    status.setAttribute("aria-live", "polite");
    select.parentNode.insertBefore(box, select);
    select.parentNode.insertBefore(status, select.nextSibling);

    box.addEventListener("input", function () {
      var words = fold(box.value).split(" ").filter(Boolean);
      var shown = 0;
      var first = null;
      select.querySelectorAll("option").forEach(function (option) {
        if (!option.value) { return; }  // "— same as yours —" stays
        var group = option.parentNode.tagName === "OPTGROUP" ? option.parentNode.label : "";
        var text = fold(option.value + " " + option.textContent + " " + group);
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        option.hidden = !match;
        option.disabled = !match;  // hidden options stay reachable by keyboard otherwise
        if (match) { shown += 1; if (!first) { first = option; } }
      });
      select.querySelectorAll("optgroup").forEach(function (group) {
        group.hidden = !group.querySelector("option:not([hidden])");
      });
      var selected = select.options[select.selectedIndex];
      if (first && (!selected || selected.hidden)) {
        select.value = first.value;
        select.dispatchEvent(new Event("change", {bubbles: true}));
      }
      status.textContent = words.length ? (shown === 1 ? "1 time zone" : shown + " time zones") : "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-timezone-banner]").forEach(banner);
    document.querySelectorAll("select[data-browser-timezone]").forEach(startAtBrowserZone);
    document.querySelectorAll("select[data-timezone-search]").forEach(searchable);
  });
})();
