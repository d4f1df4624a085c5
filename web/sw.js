/* IIN Pre-check service worker: the app works offline once visited.
 *
 * The build (.ci/sw-manifest.mjs) writes dist/sw.js as this file preceded by three constants:
 *   VERSION    a hash of the contents of every precached file (a new build, a new version)
 *   FILES      the app's own files, relative to this script (index pages, init.js, the hashed
 *              glue, wasm and stylesheet, the page module and its loader, the Russian and
 *              Kazakh texts, the favicon, icons, manifests)
 *   INTEGRITY  each file's SHA-384 as this build wrote it (subresource integrity)
 *
 * Rules it keeps (docs/embedding.md, "Offline"):
 * - one cache per version, filled completely at install (all or nothing), so a page is never
 *   served a mix of two builds; when a new worker takes over, the caches of older versions
 *   are deleted but the one that took over just before it: another tab may still run that
 *   build (its reload pressed in one tab only), and it finds its own files there (found by an
 *   audit: such a tab's language switch failed with "no connection?");
 * - a new worker waits: it takes over only when the applicant presses "reload" in the app's
 *   notice (the page posts "skip-waiting"), never in the middle of a journey;
 * - a navigation to the app's page gets the cached page whatever its query string (the app
 *   writes the answers after '#', which no request carries; a link from before 2026-12-04
 *   has them in the query, which then is not sent either, not even by Chromium's automatic
 *   preload of a navigation, which this worker opts out of); other requests with a query
 *   string are not the app's files and are left alone;
 * - nothing is fetched from any other origin.
 * It is registered by init.js only when the app owns the page (not in an iframe embed, not
 * by a direct mount, which never loads init.js). */
/* global VERSION, FILES, INTEGRITY */
"use strict";

const PREFIX = "iin-precheck-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL("./", self.location.href);
const LANG_PAGES = { ru: "index.ru.html", kk: "index.kk.html" };
/** Marks, in a version's cache, that this version took over (no page asks for it). */
const TOOK_OVER = new URL("./.took-over", SCOPE).href;

self.addEventListener("install", (event) => {
  // Chromium may send a navigation to the server while it starts a stopped worker ("auto
  // preload"), query and all: an older link's answers would reach the server's log (found by
  // an audit of the app offline). A route that sends every request to this worker's fetch
  // handler is that optimization's documented opt-out (Static Routing API, where it exists).
  // (The explainer's opt-out; tests/e2e/offline.test.mjs checks it in Chromium.)
  try {
    if (typeof event.addRoutes === "function" && typeof URLPattern === "function") {
      event.addRoutes({ condition: { urlPattern: new URLPattern({}) }, source: "fetch-event" }).catch(() => {});
    }
  } catch {
    // A browser whose router refuses it: the worker works all the same.
  }
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // All or nothing: every file fetched before any is stored.
      const responses = await Promise.all(FILES.map(exactly));
      await Promise.all(FILES.map((f, i) => cache.put(new URL(f, SCOPE), responses[i])));
    })()
  );
});

/** `file` with exactly this build's bytes. On a first visit the page has just loaded the first
 * ones (the wasm, its glue, the stylesheet, init.js): they are taken from the browser's HTTP
 * cache, so the visit does not download them twice (about 100 KB on a phone connection, while
 * the page fetches its other pages' module). A cached copy from another build fails its
 * integrity check and the file comes straight from the server; one that does not match there
 * either (a build deployed during the install) fails the install, never mixes two builds. */
async function exactly(file) {
  const url = new URL(file, SCOPE);
  // A page asked for in its own language: a server that answers a plain index.html in the
  // browser's language (make serve's responder does, .ci/static.mjs) would otherwise send a
  // Russian reader the Russian page for index.html, which fails its integrity check, and the
  // worker never installed (found by an audit: no offline mode in Russian or Kazakh).
  const page = file.match(/^index(?:\.([a-z]{2}))?\.html$/);
  if (page) url.searchParams.set("lang", page[1] ?? "en");
  const integrity = INTEGRITY[file];
  let response;
  try {
    response = await fetch(new Request(url, { cache: "force-cache", integrity }));
  } catch {
    response = null;
  }
  if (!response?.ok) response = await fetch(new Request(url, { cache: "reload", integrity }));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Only the caches made before this one: a newer build may be installing into its own.
      // Of those, the build just before is the one that took over last (each marks its cache
      // with the time it did): not one installed and replaced while it waited, which no tab
      // ever ran (found by an audit: two deployments in a row deleted the build a tab still
      // ran). With no mark (caches from before the marks), the last made.
      const names = await caches.keys();
      const older = names.slice(0, names.indexOf(CACHE)).filter((n) => n.startsWith(PREFIX));
      let keep = older.at(-1);
      let latest = -1;
      for (const name of older) {
        const mark = await (await caches.open(name)).match(TOOK_OVER);
        const when = mark ? Number(await mark.text()) : -1;
        if (when > latest) [keep, latest] = [name, when];
      }
      for (const name of older) if (name !== keep) await caches.delete(name);
      await (await caches.open(CACHE)).put(TOOK_OVER, new Response(String(Date.now())));
      // The first visit's page (no worker before) comes under this worker at once: it was
      // loaded from the same build the cache was just filled from.
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
  // The page asks before it says "saved on this device" (web/init.js): only when this
  // build's files are all here, after fetching again any that went missing.
  if (event.data && event.data.type === "offline-ready?" && event.source) {
    event.waitUntil(refill().then((ok) => event.source.postMessage({ type: "offline-ready", ok })));
  }
});

/** Files of this build missing from its cache (caches cleared by hand, or by another worker of
 * the site that deletes caches it does not know) are fetched again, each checked against this
 * build's hash, so the app opens offline again (found by an audit: the cache stayed empty, the
 * page still said "saved", and the next offline visit failed). A file the server no longer
 * has in this build's bytes (a newer build deployed) stays missing. Whether all are here. */
let refilling = null;
function refill() {
  refilling ??= (async () => {
    const cache = await caches.open(CACHE);
    let complete = true;
    for (const file of FILES) {
      const url = new URL(file, SCOPE);
      if (await cache.match(url)) continue;
      try {
        await cache.put(url, await exactly(file));
      } catch {
        complete = false;
      }
    }
    return complete;
  })().finally(() => {
    refilling = null;
  });
  return refilling;
}

/** The app's page for a navigation to `url`, or null when `url` is not the app's page. */
function pageFor(url) {
  const rel = url.pathname.slice(SCOPE.pathname.length);
  if (!url.pathname.startsWith(SCOPE.pathname)) return null;
  if (rel !== "" && !/^index(\.[a-z]{2})?\.html$/.test(rel)) return null;
  // The page in the language the link asks for, else the browser's, as the app chooses it
  // (and as the server does, .ci/static.mjs).
  const lang = url.searchParams.get("lang") ?? (rel === "" || rel === "index.html" ? browserLang() : null);
  const byLang = lang === "en" ? "index.html" : LANG_PAGES[lang];
  return new URL(byLang || rel || "index.html", SCOPE).href;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === "navigate") {
    const page = pageFor(url);
    if (!page) return;
    // Only the cached page, looked up without the query: the query (an older link's
    // answers) stays in the browser. Before the cache is filled, the network as usual.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(page).then((hit) => {
          if (hit) return hit;
          event.waitUntil(refill().catch(() => {}));
          return fetch(request);
        })
      )
    );
    return;
  }
  if (url.search) return;
  // This build's file; else the previous build's, for a tab still running it (what a page
  // asks for after its load, its languages and its pages, is named by its contents: an old
  // build's name finds that build's file).
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((hit) => hit || previousBuilds(url.href))
      .then((hit) => hit || fetch(request))
  );
});

/** `href` from the caches of the builds before this one, if any has it. */
async function previousBuilds(href) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(href);
    if (hit) return hit;
  }
  return undefined;
}

/** The first of the browser's languages that the app has (src/ui/text.rs `from_browser`). */
function browserLang() {
  for (const tag of self.navigator.languages ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === "en" || primary === "ru" || primary === "kk") return primary;
  }
  return "en";
}
