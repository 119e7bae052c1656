// Settings → Mail account: once an address is typed while the SMTP server is still empty,
// "Look up settings" is pressed for the user (the same request the button sends: it fills
// the servers and saves nothing). Without JavaScript the button does the same.
(function () {
  "use strict";
  var form = document.querySelector("[data-mail-form]");
  if (!form) { return; }
  var address = form.querySelector("input[name=from_address]");
  var smtp = form.querySelector("input[name=smtp_host]");
  var lookup = form.querySelector("button[name=lookup]");
  if (!address || !smtp || !lookup) { return; }
  address.addEventListener("change", function () {
    if (smtp.value.trim() === "" && address.value.indexOf("@") > 0 && address.checkValidity()) {
      form.requestSubmit(lookup);
    }
  });
}());
