// Lafayette embed helper (optional, no dependencies, works under a strict CSP).
//
// Add it once to a page that has <iframe data-lafayette src=".../#/view?embed=1"> elements:
//   <script src="https://your.host/lafayette/embed.js" defer></script>
// Each such frame then takes the height of its content (the app reports it from a
// ResizeObserver, only when it changes). A link <a data-lafayette-link="FRAME-ID"> follows the
// frame's state, the frame fires a "lafayette:state" event ({detail: {hash, url}}), and
// LafayetteEmbed.navigate(frame, "#/supporters?country=FRA") changes what it shows. Where the
// page declares a colour scheme (CSS color-scheme: light, dark, or both), the frame takes it
// and follows it when the page changes it.
//
// Messages are accepted only from a Lafayette frame of this page, from the origin its src
// names, and only in the expected shape; this page posts only to that origin.
(() => {
  "use strict";
  const MAX_HEIGHT = 100000;
  const MAX_HASH = 4096;
  const styled = new WeakSet();

  const frames = () => document.querySelectorAll("iframe[data-lafayette]");

  const originOf = (frame) => {
    try {
      const origin = new URL(frame.src, document.baseURI).origin;
      return origin === "null" ? null : origin;
    } catch {
      return null;
    }
  };

  const post = (frame, message) => {
    const origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage(message, origin);
  };

  // The page's colour scheme as the frame inherits it: "light dark" leaves it to the reader's
  // system; "normal" (nothing declared) says nothing.
  const hostTheme = (frame) => {
    const scheme = getComputedStyle(frame).colorScheme || "";
    const light = /\blight\b/.test(scheme);
    const dark = /\bdark\b/.test(scheme);
    if (light && dark) return "system";
    return dark ? "dark" : light ? "light" : null;
  };
  const themeSent = new WeakMap();
  const sendTheme = (frame) => {
    const theme = hostTheme(frame);
    if (theme && themeSent.get(frame) !== theme) {
      themeSent.set(frame, theme);
      post(frame, { type: "lafayette:theme", theme });
    }
  };

  // A (re)loaded app pairs on hello and then takes the page's theme.
  const hello = (frame) => {
    post(frame, { type: "lafayette:hello" });
    themeSent.delete(frame);
    sendTheme(frame);
  };

  // Through the CSSOM, which a host's strict style-src allows (a style attribute it would not).
  const prepare = (frame) => {
    if (styled.has(frame)) return;
    styled.add(frame);
    frame.style.border = "0";
    frame.style.width = "100%";
    frame.style.display = "block";
    frame.addEventListener("load", () => hello(frame));
  };

  const isHash = (hash) => typeof hash === "string" && hash.startsWith("#/") && hash.length <= MAX_HASH;

  // The app's page for a state: each view and language has its own (supporters.fr.html).
  const VIEWS = ["timeline", "supporters", "matrix", "follow-through", "sources", "about"];
  const followState = (frame, hash) => {
    const url = new URL(frame.src, document.baseURI);
    url.hash = hash;
    const view = hash.slice(2).split("?")[0];
    const lang = new URLSearchParams(hash.split("?")[1] || "").get("lang");
    if (VIEWS.includes(view) && (lang === "en" || lang === "fr")) {
      url.pathname = url.pathname.replace(/[^/]*$/, view + "." + lang + ".html");
    }
    if (frame.id) {
      for (const link of document.querySelectorAll("a[data-lafayette-link]")) {
        if (link.dataset.lafayetteLink === frame.id) link.href = url.href;
      }
    }
    frame.dispatchEvent(new CustomEvent("lafayette:state", { detail: { hash, url: url.href } }));
  };

  window.addEventListener("message", (event) => {
    const frame = Array.from(frames()).find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    const data = event.data;
    if (data === null || typeof data !== "object" || typeof data.type !== "string") return;
    if (data.type === "lafayette:ready") {
      prepare(frame);
      hello(frame);
    } else if (data.type === "lafayette:resize") {
      const height = data.height;
      if (Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT) {
        frame.style.height = Math.ceil(height) + "px";
      }
    } else if (data.type === "lafayette:state" && isHash(data.hash)) {
      followState(frame, data.hash);
    }
  });

  window.LafayetteEmbed = Object.freeze({
    /** Shows `hash` (e.g. "#/matrix?lang=fr") in `frame`; the frame stays embedded. */
    navigate(frame, hash) {
      if (frame instanceof HTMLIFrameElement && isHash(hash)) {
        post(frame, { type: "lafayette:navigate", hash });
      }
    },
  });

  // Hello now too: a frame that loaded before this script gets no load event from it.
  const start = () =>
    frames().forEach((frame) => {
      prepare(frame);
      hello(frame);
    });
  // A page switching its theme changes a class, a style or a data attribute high up.
  const followThemes = () => frames().forEach(sendTheme);
  const watched = { attributes: true, attributeFilter: ["class", "style", "data-theme", "data-color-scheme"] };
  const watch = () => {
    const observer = new MutationObserver(followThemes);
    observer.observe(document.documentElement, watched);
    if (document.body) observer.observe(document.body, watched);
  };
  const begin = () => {
    watch();
    start();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", begin);
  } else {
    begin();
  }
})();
