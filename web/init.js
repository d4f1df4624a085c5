// Starts the app. Trunk's own loader is an inline <script type="module">, which a strict
// Content-Security-Policy refuses (it would need 'unsafe-inline', a nonce or a hash that
// changes with every build). Trunk.toml's `pattern_script` puts this file in its place; the
// hashed names of the wasm-bindgen glue and the wasm come from the tag's data attributes.
// This file runs: the page's own "could not start" line for a browser where it never does
// (it did not arrive, or the browser cannot run it) stays hidden (.ci/prerender.mjs, #no-start).
document.documentElement.setAttribute("data-js", "");
const tag = document.querySelector("script[data-app-js][data-app-wasm]");
// The page's Content-Security-Policy, before anything of the app runs. It comes on this tag,
// not as a <meta> in the HTML, where it would stop Chrome's preload scanner
// (.ci/prerender.mjs); a server's CSP header (docs/embedding.md) applies as well.
if (tag.dataset.csp) {
  const policy = document.createElement("meta");
  policy.httpEquiv = "Content-Security-Policy";
  policy.content = tag.dataset.csp;
  document.head.prepend(policy);
}
const base = document.baseURI;
// The wasm is fetched and compiled while the glue loads. The pre-rendered start page (in the
// HTML, .ci/prerender.mjs) is on screen in the meantime; the app takes it over as soon as the
// wasm is ready, replacing it with the same page in one task, so nothing moves.
// On a phone the pre-rendered page has long been painted by then, and its paint is the
// largest. On a fast link the wasm can be ready before the browser has reported that paint;
// the app's identical page is then the largest paint, about 30 ms later (measured in headless
// Chromium on loopback: 128 -> 160 ms), and the app answers about 25 ms sooner (load to
// interactive 174 -> 148 ms, median of 15). Until 2026-12-02 it waited for that report; the
// wait changed no Lighthouse figure (issue 12 note, 2026-12-02, afternoon).
// The wasm is not held back until the first paint. Lighthouse's simulated LCP counts every
// request that ended before the paint on its fast unthrottled load, so held back (no preload,
// fetched once the paint is reported) it was 1,063-1,085 ms in 5 of 5 runs, 1.05x the floor's,
// instead of ~1,650. But on the slow link of `make bench` the app then took over ~280 ms later
// (median of 8: 956 -> 1,233 ms) for a first paint only ~30 ms sooner (median of 10: 586 -> 556
// ms), and load to interactive rose 121 -> 137 ms (issue 12 note, 2026-12-02, night).
// A press on the pre-rendered page is not lost: on a slow link the applicant may press Start
// (or a language) before the app has taken over. The buttons are remembered in order and
// pressed again in the app as soon as it is on the page.
// Set when the app cannot start (showNotice): presses are no longer kept then.
let failed = false;
// This script is `async` (Trunk.toml): it runs as soon as it has arrived, not once the whole
// page and the stylesheet have, so the wasm's compile and the glue's import start sooner
// (load to interactive 144 -> 136 ms, median of 41 cold loads on loopback; issue 12 note,
// 2026-12-02, evening). The page may still be being parsed then: what reads it, and the app's
// start (which replaces the pre-rendered page in <body>), wait until it is all there.
const parsed =
  document.readyState === "loading"
    ? new Promise((ok) => document.addEventListener("DOMContentLoaded", ok, { once: true }))
    : Promise.resolve();
parsed.then(rememberEarlyPresses);
parsed.then(loadingForLaterPage);
parsed.then(framedHeight);
// A download that stalls (rather than fails) would leave a pressed Start dimmed for ever: after
// STALLED_MS without the app, the page says it is still loading on a slow connection and offers
// to load it again (found by an audit: nothing after 20 s). Not "could not start": on a slow
// link the download is still running, and the app then takes over as usual (found by an
// audit of slow links). Presses are still kept meanwhile.
const STALLED_MS = 20000;
let started = false;
setTimeout(() => {
  if (!started && !failed) parsed.then(() => showNotice("slow"));
}, STALLED_MS);
// Saved for use without a connection: this page is already served by this build's worker (a
// visit after the first). Said before the app starts, so the app shows it from its first
// render without announcing it (src/ui/update.rs); on a first visit, once the worker has
// installed (registerWorker). Not in a host's iframe: the host's page does not open offline.
// Framed without the embed code (a host's own <iframe>) counts as a host's page too. Guarded:
// reading the service worker API throws in a sandboxed frame, or where site data is blocked,
// and nothing here may stop the app from starting (found by a review).
const ownPage = (() => {
  try {
    return new URLSearchParams(location.search).get("embed") !== "iframe" && window.top === window;
  } catch {
    return false;
  }
})();
try {
  const worker = ownPage ? navigator.serviceWorker?.controller : null;
  if (worker) {
    offlineReady();
    // The worker fetches again any file of this build gone from its cache (sw.js `refill`);
    // one it cannot get takes the line back (found by an audit: the cache emptied, the line
    // stayed, and the next visit without a connection failed). A worker of an older build
    // does not answer: trusted as before.
    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data?.type === "offline-ready" && event.data.ok === false) offlineLost();
    });
    worker.postMessage({ type: "offline-ready?" });
  }
} catch {
  // No offline mode to speak of.
}
const wasmUrl = new URL(tag.dataset.appWasm, base);
// A server that sends the wasm without `Content-Type: application/wasm` defeats streaming
// compilation: compile from the bytes then.
let wasm;
try {
  const compiled = (
    WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(wasmUrl)) : Promise.reject()
  ).catch(() => fetch(wasmUrl).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
  const { default: init } = await import(new URL(tag.dataset.appJs, base).href);
  const module = await compiled;
  await parsed;
  wasm = await init({ module_or_path: module });
} catch (error) {
  // The wasm or the glue did not arrive (a link that dropped mid-download), or the browser
  // has no WebAssembly: the pre-rendered page says so and offers to load it again, instead of
  // buttons that never answer.
  failed = true;
  parsed.then(() => showNotice(typeof WebAssembly === "undefined" ? "no-wasm" : "failed"));
  throw error;
}
started = true;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
downloadPagesAhead();

// Offline: the service worker (sw.js, written by the build) keeps this build's files, so the
// app loads and works with no network once visited. Only on the app's own page: not inside a
// host's iframe (?embed=iframe), and a direct mount never loads this file.
if ("serviceWorker" in navigator && ownPage && /^https?:$/.test(location.protocol)) {
  afterPageModule(registerOrRetry);
}

// A registration that fails (the connection dropped at that moment: a failed download of the
// page module counts as its arrival) is tried again when the browser is back online, or a
// minute later: one short drop on a first visit no longer leaves the visit unsaved (found by
// an audit of slow links).
function registerOrRetry(retries = 3) {
  registerWorker().catch((e) => {
    console.warn("IIN Pre-check: offline mode unavailable:", e);
    if (retries <= 0) return;
    const retry = () => {
      removeEventListener("online", retry);
      clearTimeout(timer);
      registerOrRetry(retries - 1);
    };
    addEventListener("online", retry);
    const timer = setTimeout(retry, 60000);
  });
}

// The other pages' module (src/ui/pages.rs) is downloaded, not compiled, soon after the app
// has taken over and painted its page: a Start pressed a second later then waits only for the
// module to compile, not for its download (~0.9 s on a 1.6 Mbit/s link; issue 12 note,
// 2026-12-02, evening). Not before that paint: the first download and the first paint come
// first, unless the applicant has already pressed a button of the pre-rendered page
// (rememberEarlyPresses): they are waiting for the next page, which needs both downloads.
// Builds without the split (`trunk serve`) have no loader to ask.
function downloadPagesAhead() {
  afterTakeOver(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(downloadPagesNow, 250))));
}

function downloadPagesNow() {
  const loader = tag.dataset.appSplit;
  if (!loader) return;
  import(new URL(loader, base).href)
    .then((m) => m.downloadAhead?.())
    .catch(() => {});
}

// The worker is registered once the app's page module has arrived (downloaded ahead soon after
// the take-over, above; else the app fetches it at the first tap or key press, or 3 s after
// the first render: src/ui/pages.rs), at the latest 10 s after start. Its install then takes
// the module from the HTTP cache like the app's first files, and its own downloads (the other
// languages, the pages, the icons) do not compete with the applicant's first pages on a slow
// link. Measured on a first visit over a throttled link
// shared by page and worker (150 ms, 1.6 Mbit/s, CPU 4x), Start pressed the moment the app
// took over: the first question came 1,139-1,166 ms later with the worker registered at
// start, 953-970 ms with it registered after the module (issue 12 note, 2026-12-02).
function afterPageModule(register) {
  let done = false;
  const isModule = (entry) => /-split_pages-[0-9a-f]+\.wasm$/.test(new URL(entry.name).pathname);
  const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  const observer = types.includes("resource")
    ? new PerformanceObserver((list) => list.getEntries().some(isModule) && go())
    : null;
  const timer = setTimeout(() => go(), 10000);
  observer?.observe({ type: "resource", buffered: true });
  function go() {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    register();
  }
}

async function registerWorker() {
  const first = !navigator.serviceWorker.controller;
  const registration = await navigator.serviceWorker.register(new URL("sw.js", base), {
    scope: new URL("./", base).pathname,
  });
  // A first visit: every file of this build is kept once the worker is active (its install
  // caches them all or fails), and the applicant is told so once.
  if (first) navigator.serviceWorker.ready.then(offlineReady).catch(() => {});
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

function offlineReady() {
  if (document.documentElement.hasAttribute("data-offline")) return;
  document.documentElement.setAttribute("data-offline", "ready");
  dispatchEvent(new CustomEvent("iin-precheck:offline"));
}

function offlineLost() {
  document.documentElement.setAttribute("data-offline", "incomplete");
  dispatchEvent(new CustomEvent("iin-precheck:offline"));
}

// The pre-rendered page's controls are the app's own render with no handlers yet
// (aria-disabled, .ci/prerender.mjs). A press on a button (pointer, Enter or Space: all are
// clicks) is kept as a selector of the same button in the app (selectorOf), and the button
// shows that it was taken (.is-pending). Focus is kept too: someone who has tabbed to Start
// finds it focused in the app, not lost to the top of the page.
function rememberEarlyPresses() {
  const prerendered = document.getElementById("prerendered");
  if (!prerendered) return;
  const pressed = [];
  let focused = null;
  const onClick = (event) => {
    // The skip link leads to the page, as in the app (src/ui/mod.rs): never to `#main` in the
    // address, where the app reads answers.
    const skip = event.target.closest?.("#prerendered a.skip-link");
    if (skip) {
      event.preventDefault();
      prerendered.querySelector("main")?.focus();
      return;
    }
    // Not the notice's "Try again" (showNotice): it has a handler of its own.
    const button = event.target.closest?.("#prerendered button:not([data-action])");
    if (!button) return;
    if (failed) {
      // The app cannot start: a language button still opens the page of that language, whose
      // notice says why in it (found by an audit: the notice could not be read in another
      // language). The answers after `#` stay in the address.
      // The page's own file of that language (index.ru.html...), which every host serves as
      // it is: a static host would answer `?lang=` with the English page.
      const code = button.classList.contains("lang-switch__button") && button.getAttribute("lang");
      if (code && button.getAttribute("aria-pressed") !== "true") {
        const query = new URLSearchParams(location.search);
        query.set("lang", code);
        const file = code === "en" ? "index.html" : `index.${code}.html`;
        location.assign(new URL(`${file}?${query}${location.hash}`, new URL("./", location.href)).href);
      }
      return;
    }
    const selector = selectorOf(button);
    if (pressed[pressed.length - 1] !== selector) pressed.push(selector);
    button.classList.add("is-pending");
    downloadPagesNow();
  };
  const onFocus = (event) => {
    const control = event.target.closest?.(
      "#prerendered a[href], #prerendered button:not([data-action]), #prerendered main",
    );
    focused = control ? selectorOf(control) : null;
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("focusin", onFocus, true);
  // Focus that came before this script did (on a slow link the page is there, and tabbed
  // through, well before it): kept too (found by an audit: it dropped to the page's body).
  if (document.activeElement && document.activeElement !== document.body) {
    onFocus({ target: document.activeElement });
  }
  afterTakeOver(() => {
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("focusin", onFocus, true);
    // Only while this document has the focus: in a host's iframe, a reader who has moved on to
    // the host's page keeps their place there (found by a review).
    const refocus = () => {
      if (focused && document.hasFocus() && document.activeElement === document.body) {
        document.querySelector(".app " + focused)?.focus();
      }
    };
    // A press that changes the page moves the focus to its heading; one that does not (a
    // language button) leaves it where it was, on the control pressed (found by an audit: it
    // fell to the body after a language chosen before the app took over).
    if (pressed.length) {
      pressAgain(pressed, refocus);
    } else {
      refocus();
    }
  });
}

// Calls `then` once the app has taken over. It removes the pre-rendered page in the task that
// mounts its own (src/ui/mod.rs): its controls have their handlers once this observer hears
// of the removal. At once when there is no pre-rendered page.
function afterTakeOver(then) {
  const prerendered = document.getElementById("prerendered");
  if (!prerendered) return then();
  const observer = new MutationObserver(() => {
    if (document.getElementById("prerendered")) return;
    observer.disconnect();
    then();
  });
  observer.observe(prerendered.parentNode, { childList: true });
}

// A link to a later page (a question, the result: `step=` other than the start page or "Rules
// and sources"): the pre-rendered start page gives way to "Loading" until the app opens that
// page (found by an audit: the start page, and a Start that led nowhere, for a second or more
// on a phone link).
function loadingForLaterPage() {
  const prerendered = document.getElementById("prerendered");
  const loading = document.getElementById("loading-later");
  if (!prerendered || !loading) return;
  const step =
    new URLSearchParams(location.hash.slice(1)).get("step") ?? new URLSearchParams(location.search).get("step");
  if (!step || step === "start" || step === "rules") return;
  prerendered.querySelector("main")?.classList.add("is-later");
  loading.hidden = false;
}

// In a host's iframe (embed.js: ?embed=iframe&origin=), the pre-rendered page's height goes to
// the host as the app's does (src/embed/iframe.rs, the same message, only to that origin): the
// frame fits the page at once, and the host hears from it before the wasm has come (found by
// an audit: on a slow link the host said after 10 s that its page may not frame the app, the
// start page scrolling in a 600 px frame). The app's own messages follow once it takes over.
function framedHeight() {
  let origin;
  try {
    const query = new URLSearchParams(location.search);
    if (query.get("embed") !== "iframe" || window.parent === window) return;
    origin = query.get("origin");
    if (!origin || !/^https?:\/\//.test(origin) || new URL(origin).origin !== origin) return;
  } catch {
    return;
  }
  const prerendered = document.getElementById("prerendered");
  if (!prerendered || typeof ResizeObserver !== "function") return;
  let last = -1;
  const send = () => {
    if (!prerendered.isConnected) return;
    const height = Math.min(100000, Math.ceil(prerendered.getBoundingClientRect().height));
    if (height === last) return;
    last = height;
    try {
      window.parent.postMessage({ type: "iin-precheck:height", height }, origin);
    } catch {
      // A parent elsewhere: the app's own messages say the same, or nothing.
    }
  };
  const observer = new ResizeObserver(send);
  observer.observe(prerendered);
  afterTakeOver(() => observer.disconnect());
}

// The same control in the app: its tag, its classes and its `lang` (the language buttons
// differ by that alone).
function selectorOf(control) {
  // Not the pre-rendered page's own states: the app's control has neither (found by an audit:
  // the skip link's focus on "Loading" was lost as `main.page.is-later`).
  const classes = [...control.classList].filter((c) => c !== "is-pending" && c !== "is-later" && c !== "is-failed");
  let selector = control.localName + classes.map((c) => "." + CSS.escape(c)).join("");
  if (control.hasAttribute("lang")) selector += '[lang="' + CSS.escape(control.getAttribute("lang")) + '"]';
  return selector;
}

// The notice the pre-rendered page carries hidden (.ci/prerender.mjs), in its language, with
// the reason: "failed" (the wasm or the glue did not arrive), "no-wasm" (a browser without
// WebAssembly, a privacy setting: not the connection's fault, and Try again cannot help; found
// by an audit in Firefox), "slow" (still downloading after STALLED_MS).
function showNotice(reason) {
  if (reason !== "slow") failed = true;
  const notice = document.getElementById("load-failed");
  if (!notice) return;
  if (failed) {
    for (const button of document.querySelectorAll("#prerendered .is-pending")) button.classList.remove("is-pending");
    // "Loading" of a saved link's page is over (found by an audit: shown below "could not start").
    const loading = document.getElementById("loading-later");
    if (loading) loading.hidden = true;
    // The page's heading above the notice again (found by an audit: a saved link's page that
    // could not start had none, only the notice).
    document.querySelector("#prerendered main.is-later")?.classList.add("is-failed");
    // The language buttons work from now on: each opens the page of its language
    // (rememberEarlyPresses).
    for (const button of document.querySelectorAll("#prerendered .lang-switch__button")) {
      button.removeAttribute("aria-disabled");
    }
  }
  const again = notice.querySelector('[data-action="reload-app"]');
  if (again && !again.dataset.bound) {
    again.dataset.bound = "1";
    again.addEventListener("click", () => location.reload());
  }
  for (const child of notice.children) {
    child.hidden = child.dataset.reason ? child.dataset.reason !== reason : reason === "no-wasm";
  }
  notice.hidden = false;
}

// One press per task, in the order they came, so that each sees what the one before did.
function pressAgain(pressed, then) {
  const selector = pressed.shift();
  if (!selector) return setTimeout(then, 0);
  setTimeout(() => {
    document.querySelector(".app " + selector)?.click();
    pressAgain(pressed, then);
  }, 0);
}
