// Runs before the page is painted (a classic script in <head>, so no inline script is needed):
// the page built for the address's view and language comes first, in the reader's theme, and
// what a built page cannot show yet (a selection, a search) waits for the app instead of
// flashing the wrong content. Kept in step with src/route.rs (views, page files, parameters).
(function () {
  var views = ["timeline", "supporters", "matrix", "follow-through", "sources", "about"];
  var langs = ["en", "fr"];
  var html = document.documentElement;
  var hash = location.hash.replace(/^#\/?/, "");
  var path = hash.split("?")[0];
  var query = new URLSearchParams(hash.split("?")[1] || "");
  var view = views.indexOf(path) >= 0 ? path : html.getAttribute("data-view") || "timeline";
  var preferred = (navigator.languages || [navigator.language || ""]).map(function (tag) {
    return tag.slice(0, 2).toLowerCase();
  }).filter(function (code) { return langs.indexOf(code) >= 0; })[0];
  var lang = langs.indexOf(query.get("lang")) >= 0 ? query.get("lang")
    : html.getAttribute("data-page-lang") || preferred || "en";
  var built = html.getAttribute("data-view");
  var single = html.hasAttribute("data-single-file");
  if (built && !single && (built !== view || html.lang !== lang)) {
    location.replace(view + "." + lang + ".html" + location.hash);
    return;
  }
  var theme = query.get("theme");
  if (theme === "light" || theme === "dark") html.setAttribute("data-theme", theme);
  if (query.get("embed") === "1" || query.get("embed") === "true") html.setAttribute("data-embed", "");
  var shown = ["lang", "theme", "embed"];
  var more = false;
  query.forEach(function (value, key) { if (shown.indexOf(key) < 0 && value) more = true; });
  if (more) html.setAttribute("data-pending", "");
})();
