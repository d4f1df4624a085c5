// Starts the app. Trunk's own loader is an inline <script type="module">, which a strict
// Content-Security-Policy refuses (it would need 'unsafe-inline', a nonce or a hash that
// changes with every build). Trunk.toml's `pattern_script` puts this file in its place; the
// hashed names of the wasm-bindgen glue and the wasm come from the tag's data attributes.
const tag = document.querySelector("script[data-app-js][data-app-wasm]");
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.appJs, base).href);
const wasm = await init({ module_or_path: new URL(tag.dataset.appWasm, base) });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

// Offline: the service worker (sw.js, written by the build) keeps this build's files, so the
// app loads and works with no network once visited. Only on the app's own page: not inside a
// host's iframe (?embed=iframe), and a direct mount never loads this file.
const embedded = new URLSearchParams(location.search).get("embed") === "iframe";
if ("serviceWorker" in navigator && !embedded && /^https?:$/.test(location.protocol)) {
  registerWorker().catch((e) => console.warn("IIN Pre-check: offline mode unavailable:", e));
}

async function registerWorker() {
  const registration = await navigator.serviceWorker.register(new URL("sw.js", base), {
    scope: new URL("./", base).pathname,
  });
  // A newer build waits until the applicant chooses to reload (the app's notice,
  // src/ui/update.rs): the page is never switched to new files in the middle of a journey.
  const announce = () => {
    if (!registration.waiting || !navigator.serviceWorker.controller) return;
    document.documentElement.setAttribute("data-update", "ready");
    dispatchEvent(new CustomEvent("iin-precheck:update"));
  };
  const watch = (worker) =>
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") announce();
    });
  announce();
  // The check for a new build may have started before this script got here.
  watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
  // The notice's button (data-action="reload-update"), rendered by the app.
  document.addEventListener("click", (event) => {
    if (!event.target.closest?.('[data-action="reload-update"]')) return;
    const waiting = registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "skip-waiting" });
  });
}
