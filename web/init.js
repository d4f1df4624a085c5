// Starts the app. Trunk's own loader is an inline <script type="module">, which a strict
// Content-Security-Policy refuses (it would need 'unsafe-inline', a nonce or a hash that
// changes with every build). Trunk.toml's `pattern_script` puts this file in its place; the
// hashed names of the wasm-bindgen glue and the wasm come from the tag's data attributes.
const tag = document.querySelector("script[data-app-js][data-app-wasm]");
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.appJs, base).href);
const wasm = await init({ module_or_path: new URL(tag.dataset.appWasm, base) });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
