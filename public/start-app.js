// Asks for the app's wasm once the stylesheets are in (a script after them waits for them):
// beside them it slowed the first paint; the app's module starts only after the whole page.
(function () {
  var app = document.querySelector("script[data-wasm]");
  if (!app) return; // the offline file holds its wasm
  var preload = document.createElement("link");
  preload.rel = "preload";
  preload.as = "fetch";
  preload.crossOrigin = "anonymous"; // as the glue asks for it, so that it finds this one
  preload.href = app.getAttribute("data-wasm");
  document.head.appendChild(preload);
})();
