// Tradeoff preview: reloads the page when the server has built a newer version of the site.
// The page was served with ?v=<version> on this script's URL; the server announces every new
// version as a Server-Sent Event named "version" on /__tradeoff/events, and, first on each
// connection, which server it is ("server"): a restarted server counts its versions from 1 again.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.EventSource) { return; }
  var shown = new URL(script.src, window.location.href).searchParams.get("v");
  var server = null;
  var source = null;
  var retry = 500;

  function close() {
    if (source) {
      source.close();
      source = null;
    }
  }

  function reload() {
    close();
    window.location.reload();
  }

  function open() {
    if (source) { return; }
    source = new EventSource("/__tradeoff/events");
    source.addEventListener("server", function (event) {
      retry = 500;
      if (server === null) {
        server = event.data;
      } else if (event.data !== server) {
        reload();
      }
    });
    source.addEventListener("version", function (event) {
      if (shown !== null && event.data !== shown) { reload(); }
    });
    // The server stopped: ask again, less and less often, rather than twice a second for ever.
    source.onerror = function () {
      close();
      window.setTimeout(function () {
        if (document.visibilityState !== "hidden") { open(); }
      }, retry);
      retry = Math.min(retry * 2, 8000);
    };
  }

  // A browser opens at most six connections to one server, so a stream for every open tab would
  // leave the seventh page waiting: only a tab in view listens, and one coming back into view asks.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { close(); } else { open(); }
  });
  if (document.visibilityState !== "hidden") { open(); }
}());
