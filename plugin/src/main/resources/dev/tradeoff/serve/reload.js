// Tradeoff preview: reloads the page when the server has built a newer version of the site.
// The page was served with ?v=<version> on this script's URL; the server announces every new
// version as a Server-Sent Event named "version" on /__tradeoff/events.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.EventSource) { return; }
  var shown = new URL(script.src, window.location.href).searchParams.get("v");
  var source = new EventSource("/__tradeoff/events");
  source.addEventListener("version", function (event) {
    if (shown !== null && event.data !== shown) {
      source.close();
      window.location.reload();
    }
  });
}());
