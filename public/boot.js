// Starts the app. Trunk writes the hashed names of the wasm-bindgen glue and the wasm
// module into this script tag's data attributes (see pattern_script in Trunk.toml), so the
// page needs no inline script and runs under `script-src 'self' 'wasm-unsafe-eval'`.
const tag = document.querySelector("script[data-js][data-wasm]");
const glue = await import(new URL(tag.dataset.js, document.baseURI).href);
await glue.default({ module_or_path: new URL(tag.dataset.wasm, document.baseURI) });
