// The scan page's drop zone, as an enhancement: without script the file input stretched over
// the zone already opens the chooser on a click and takes files dropped on it. This adds the
// highlight while files are dragged over, drops anywhere on the zone, and names the files
// chosen. A file of its own: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";

  function describe(files) {
    if (!files || !files.length) { return ""; }
    var names = Array.prototype.map.call(files, function (f) { return f.name; });
    var shown = names.slice(0, 4).join(", ") + (names.length > 4 ? ", …" : "");
    return (names.length === 1 ? "1 photo: " : names.length + " photos: ") + shown;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var zone = document.querySelector("[data-dropzone]");
    if (!zone) { return; }
    var input = zone.querySelector("input[type=file]");
    var list = zone.querySelector("[data-dropzone-files]");
    var show = function () { list.textContent = describe(input.files); };
    input.addEventListener("change", show);

    var depth = 0;  // dragenter/dragleave fire for every child crossed
    zone.addEventListener("dragenter", function (event) {
      event.preventDefault();
      depth += 1;
      zone.classList.add("dragover");
    });
    zone.addEventListener("dragleave", function () {
      depth = Math.max(0, depth - 1);
      if (!depth) { zone.classList.remove("dragover"); }
    });
    zone.addEventListener("dragover", function (event) {
      event.preventDefault();
      if (event.dataTransfer) { event.dataTransfer.dropEffect = "copy"; }
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      depth = 0;
      zone.classList.remove("dragover");
      var files = event.dataTransfer && event.dataTransfer.files;
      if (!files || !files.length) { return; }
      input.files = files;  // the form then posts them as if chosen
      show();
    });

    var camera = document.getElementById("id_camera");
    var taken = document.querySelector("[data-camera-files]");
    if (camera && taken) {
      camera.addEventListener("change", function () { taken.textContent = describe(camera.files); });
    }
  });
})();
