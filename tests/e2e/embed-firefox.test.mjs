// Embedding, in headless Firefox ESR through geckodriver (webdriver.mjs): the same host pages
// and checks as embed.test.mjs. WebDriver has no init scripts and no network log, so CSP
// violations come from the host page's probe.js and from `report-uri` reports both servers
// collect, and requests are counted by the servers and by each document's resource timing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT } from "./harness.mjs";
import { L, SPOUSE, carriesAnswers, lowerFirst, query } from "./pages.mjs";
import { inlineProbe, isPageModule, origin, origins, pages } from "./embed-harness.mjs";
import { launchFirefox } from "./webdriver.mjs";
import { cacheControl, sendStatic } from "../../.ci/static.mjs";

let servers, ff;
before(async () => {
  servers = await origins(pages);
  ff = await launchFirefox();
});
after(async () => {
  await ff?.close();
  await servers?.host.close();
  await servers?.app.close();
});

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
// The Start button, by its words in en/ru/kk (the page may have other buttons, e.g. languages).
const START_BUTTON = (root) =>
  [...root.querySelectorAll("button")].find((b) => /start|начать|бастау/i.test(b.textContent));
/** Waits until the standalone page's heading reads `text`. */
const headingIs = (text, what) =>
  ff.until((t) => document.querySelector("main h1")?.innerText.trim() === t, [text], { what });
// As script text for WebDriver: arguments[0] is "document" or "shadow" (the mounted app's root).
const START = `(${START_BUTTON})(arguments[0] === "shadow" ? document.getElementById("iin").shadowRoot : document)`;
const served = () => servers.host.requests.length + servers.app.requests.length;
const reports = () => [...servers.host.reports, ...servers.app.reports];
const resources = () => ff.run(() => performance.getEntriesByType("resource").length);

async function inFrame(fn, ...args) {
  await ff.frame(await ff.find("#iin iframe"));
  try {
    return await ff.run(fn, ...args);
  } finally {
    await ff.frame(null);
  }
}

const frameHeight = () =>
  ff.run(() => Math.round(document.querySelector("#iin iframe").getBoundingClientRect().height));
const docHeight = () =>
  inFrame(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function settled(ok = () => true) {
  const deadline = Date.now() + 10000;
  for (;;) {
    const [fh, dh] = [await frameHeight(), await docHeight()];
    if (Math.abs(fh - dh) <= 1 && ok(fh)) return fh;
    if (Date.now() > deadline) throw new Error(`frame ${fh}px, its document ${dh}px`);
    await sleep(50);
  }
}

async function appReady() {
  await ff.until(() => document.querySelector("#iin iframe"));
  await ff.frame(await ff.find("#iin iframe"));
  await ff.until(`return ${START}`, ["document"]);
  // The pre-rendered start page (.ci/prerender.mjs) shows an <h1> before the app mounts and
  // removes it (and only then applies the presets): wait for the app itself.
  await ff.until(() => document.querySelector("h1") && !document.getElementById("prerendered"));
  await ff.frame(null);
}

test("firefox iframe: title, presets, sized to its content, strict CSP, no request after load", async () => {
  await ff.goto(servers.host.url + "/iframe.html");
  await appReady();
  const attrs = await ff.run(() => {
    const f = document.querySelector("#iin iframe");
    return { title: f.title, loading: f.getAttribute("loading"), src: f.src };
  });
  assert.match(attrs.title, /ИИН/);
  assert.equal(attrs.loading, "lazy");
  const src = new URL(attrs.src);
  assert.deepEqual(Object.fromEntries(src.searchParams), {
    embed: "iframe",
    origin: servers.host.url,
    country: "DE",
    lang: "ru",
    ruleset: "fi-pilot-2025",
    accent: "#6b2c91",
  });
  assert.equal(
    await inFrame(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()),
    "#6b2c91"
  );
  const start = await settled((h) => h > 200);
  const [hostBefore, appBefore] = [servers.host.requests.length, servers.app.requests.length];
  const [hostResources, appResources] = [await resources(), await inFrame(() => performance.getEntriesByType("resource").length)];

  await inFrame(() => {
    const tall = document.createElement("div");
    tall.id = "tall";
    tall.style.height = "1500px";
    document.body.append(tall);
  });
  const grown = await settled((h) => h >= start + 1400);
  await inFrame(() => document.getElementById("tall").remove());
  await settled((h) => h < grown - 1000);

  const title = await inFrame(() => document.querySelector("h1").innerText);
  // The app in the frame is in the language the host asked for: its texts fetched from the
  // app's own origin (src/ui/lang.rs), the same in Firefox as in Chromium.
  assert.equal(title.trim(), L.ru.start.title);
  assert.equal(await inFrame(() => document.documentElement.lang), "ru");
  await ff.frame(await ff.find("#iin iframe"));
  await ff.click(await ff.run(`return ${START}`, "document"));
  // The next page is in the other pages' module (src/ui/pages.rs): the date question, the
  // country being preset, not a page that says it could not be loaded.
  await ff.until((t) => document.querySelector("h1")?.innerText.trim() === t, [L.ru.q.date.title], {
    what: "the date question in the frame",
  });
  await ff.frame(null);
  await settled();

  // After load, only the app's own page modules, from the app's origin.
  assert.deepEqual(
    [...servers.host.requests.slice(hostBefore), ...servers.app.requests.slice(appBefore).filter((r) => !isPageModule(r))],
    [],
    "no request reached either server after load but the app's own page modules",
  );
  assert.equal(await resources(), hostResources, "no resource fetched by the host page after load");
  const frameLater = await inFrame(
    (n) => performance.getEntriesByType("resource").slice(n).map((e) => e.name),
    appResources,
  );
  assert.deepEqual(
    frameLater.filter((u) => !(u.startsWith(servers.app.url + "/") && isPageModule(u))),
    [],
    "the frame fetched nothing after load but its page modules",
  );
  assert.deepEqual(await ff.run(() => window.__csp), []);
  assert.deepEqual(reports(), [], "no CSP report");
});

test("firefox iframe: messages from elsewhere or of the wrong shape are ignored", async () => {
  await ff.goto(servers.host.url + "/iframe.html");
  await appReady();
  const height = await settled((h) => h > 200);
  await ff.run(() => window.postMessage({ type: "iin-precheck:height", height: 5 }, "*"));
  await inFrame(() => {
    for (const m of [
      { type: "iin-precheck:height", height: 1e9 },
      { type: "iin-precheck:height", height: "50" },
      { type: "iin-precheck:height", height: 50, extra: 1 },
      "iin-precheck:height 50",
    ]) parent.postMessage(m, "*");
  });
  await sleep(500);
  assert.equal(await frameHeight(), height);
  const warnings = await ff.run(() => window.__warnings);
  assert.ok(warnings.some((w) => w.includes("ignored a message from")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("malformed")), warnings.join("\n"));
  await inFrame(() => parent.postMessage({ type: "iin-precheck:height", height: 321 }, "*"));
  await ff.until(() => Math.round(document.querySelector("#iin iframe").getBoundingClientRect().height) === 321);
});

test("firefox iframe: hostile data-* attributes are dropped with warnings", async () => {
  await ff.goto(servers.host.url + "/hostile.html");
  await ff.until(() => document.querySelector("iframe"));
  const src = new URL(await ff.run(() => document.querySelector("iframe").src));
  assert.deepEqual(Object.fromEntries(src.searchParams), { embed: "iframe", origin: servers.host.url });
  const warnings = await ff.run(() => window.__warnings);
  for (const name of ["country", "lang", "ruleset", "accent", "title", "target", "height", "onload"]) {
    assert.ok(warnings.some((w) => w.includes(`data-${name}`)), `data-${name}: ${warnings.join("\n")}`);
  }
  assert.equal(await ff.run(() => document.querySelectorAll("img").length), 0);
  assert.deepEqual(await ff.run(() => window.__csp), []);
});

test("firefox direct mount: host URL/title/lang/cookies untouched, styles isolated, unmount", async () => {
  await ff.goto(servers.host.url + "/mount.html?keep=1#here");
  await ff.run(() => {
    document.cookie = "host_cookie=1; path=/";
  });
  const state = () =>
    ff.run(() => ({
      href: location.href,
      title: document.title,
      lang: document.documentElement.getAttribute("lang"),
      cookie: document.cookie,
      history: history.length,
      storage: localStorage.length + sessionStorage.length,
    }));
  const initial = await state();
  await ff.until(() => document.getElementById("iin").shadowRoot?.querySelector("h1")).catch(async (e) => {
    throw new Error(`${e.message}; page: ${JSON.stringify(await ff.run(() => [document.getElementById("iin").outerHTML, window.__warnings, window.__csp]))}`);
  });
  // The accent preset on the app's button: its colour, or its darker shade under a pointer
  // left there by an earlier test (:hover).
  await ff.until(
    `const b = ${START}; return b && ["rgb(107, 44, 145)", "rgb(80, 33, 108)"].includes(getComputedStyle(b).backgroundColor);`,
    ["shadow"]
  );
  assert.equal(await ff.run(() => document.getElementById("iin").children.length), 0);
  const before = served();
  const title = await ff.run(() => document.getElementById("iin").shadowRoot.querySelector("h1").innerText);
  await ff.run(`${START}.click()`, "shadow");
  await ff.until((t) => document.getElementById("iin").shadowRoot.querySelector("h1")?.innerText !== t, [title]);
  assert.deepEqual(await state(), initial);
  assert.equal(served(), before, "no request after load");
  await ff.run(() => window.__ready.unmount());
  // Unmounted: the app is gone; a <slot> shows the element's own children again.
  assert.equal(await ff.run(() => [...document.getElementById("iin").shadowRoot.children].map((e) => e.tagName).join()), "SLOT");
  assert.deepEqual(await state(), initial);
  assert.deepEqual(await ff.run(() => window.__csp), []);
  assert.deepEqual(reports(), []);
});

// Found by an audit of embedding (2026-12-05): the host's theme reached the mounted app's text,
// direction and (through `rem`, the host's root) its sizes.
test("firefox direct mount in a hostile, right-to-left theme with a 62.5% root: the app's own text, direction and sizes", async () => {
  await ff.goto(servers.host.url + "/hostile-mount.html");
  await ff.until(() => document.getElementById("iin").shadowRoot?.querySelector("h1"));
  // The app's stylesheet has arrived (a <link> in the shadow root loads after the app renders).
  await ff.until(() => !!document.getElementById("iin").shadowRoot.querySelector('link[rel="stylesheet"]')?.sheet);
  const style = await ff.run(() => {
    const root = document.getElementById("iin").shadowRoot;
    const p = getComputedStyle(root.querySelector("p"));
    return { color: p.color, font: p.fontFamily, direction: p.direction, h1: getComputedStyle(root.querySelector("h1")).fontSize };
  });
  assert.notEqual(style.color, "rgb(255, 0, 0)", JSON.stringify(style));
  assert.notEqual(style.font, "serif", JSON.stringify(style));
  assert.equal(style.direction, "ltr");
  assert.equal(style.h1, "28px", JSON.stringify(style));
});

test("firefox direct mount under the minimal CSP, no CORS", async () => {
  await ff.goto(servers.host.url + "/minimal-mount.html");
  await ff.until(`return ${START}`, ["shadow"]);
  const title = await ff.run(() => document.getElementById("iin").shadowRoot.querySelector("h1").innerText);
  await ff.run(`${START}.click()`, "shadow");
  await ff.until((t) => document.getElementById("iin").shadowRoot.querySelector("h1")?.innerText !== t, [title]);
  assert.deepEqual(await ff.run(() => window.__csp), []);
  assert.deepEqual(reports(), []);
});

// Found by an audit in Firefox (2026-12-05): after Back or Forward, Firefox restored the old
// scroll position over the focused heading: "Check your answers" came back 1,036 px down.
test("firefox standalone app: Back and Forward show the page from its top, its heading focused and in view", async () => {
  const plain = await origin(DIST);
  // A phone's height, and as narrow as headless Firefox goes: pages longer than the screen.
  const rect = await ff.cmd("GET", "/window/rect");
  await ff.cmd("POST", "/window/rect", { width: 500, height: 700 });
  try {
    await ff.goto(plain.url + "/" + query({ ...SPOUSE, step: "check" }));
    await headingIs(L.en.check.title, "Check your answers");
    // The app shows each page anew: Firefox must not restore an old scroll position over it.
    assert.equal(await ff.run(() => history.scrollRestoration), "manual");
    const button = L.en.check.button;
    await ff.run(() => window.scrollTo(0, document.body.scrollHeight));
    await sleep(300);
    await ff.run((b) => [...document.querySelectorAll("button")].find((x) => x.textContent.trim() === b).click(), button);
    await headingIs(L.en.result.title, "the result");
    await sleep(300);
    await ff.run(() => window.scrollTo(0, document.body.scrollHeight));
    await sleep(300);
    // The browser's own Back and Forward (WebDriver), as a person presses them.
    await ff.cmd("POST", "/back", {});
    await headingIs(L.en.check.title, "Check your answers, after Back");
    const inView = () =>
      ff.run(() => {
        const h = document.querySelector("h1");
        const r = h.getBoundingClientRect();
        return { focused: document.activeElement === h, top: r.top, bottom: r.bottom, height: innerHeight, y: scrollY };
      });
    // Firefox restores a scroll position some time after the page is back.
    await sleep(800);
    let seen = await inView();
    assert.ok(seen.focused && seen.top >= 0 && seen.bottom <= seen.height, JSON.stringify(seen));
    await ff.cmd("POST", "/forward", {});
    await headingIs(L.en.result.title, "the result, after Forward");
    await sleep(800);
    seen = await inView();
    assert.ok(seen.focused && seen.top >= 0 && seen.bottom <= seen.height, JSON.stringify(seen));
  } finally {
    await ff.cmd("POST", "/window/rect", { width: rect.width, height: rect.height });
    await plain.close();
  }
});

test("firefox standalone app: the policy init.js sets holds without a CSP header", async () => {
  // The shipped page has no CSP <meta> (.ci/prerender.mjs): web/init.js adds it first thing,
  // and a <meta> added by a script must hold in Firefox as in Chromium (embed.test.mjs).
  const plain = await origin(join(ROOT, "dist"));
  try {
    await ff.goto(plain.url + "/");
    await ff.until(`return ${START}`, ["document"]);
    await ff.until(() => document.querySelector("h1") && !document.getElementById("prerendered"));
    // Firefox names the refusing directive in its own way: that one was reported is enough.
    const { policy, ran, styled, refused } = await ff.run(inlineProbe);
    assert.match(policy ?? "", /script-src 'self' 'wasm-unsafe-eval';/);
    assert.deepEqual({ ran, styled, refused: refused.length > 0 }, { ran: false, styled: false, refused: true });
  } finally {
    await plain.close();
  }
});

test("firefox standalone app: a link to a result and the Start button open pages of the other pages' module", async () => {
  // The split loader (.ci/split-wasm.mjs) and a link's answers read in the module, in Firefox;
  // the wasm-bindgen suites run the build without the split.
  const plain = await origin(join(ROOT, "dist"));
  try {
    await ff.goto(plain.url + "/" + query({ ...SPOUSE, lang: "kk", step: "result" }));
    await headingIs(L.kk.result.title, "the result in Kazakh");
    // The answers are after '#' (journey/query.rs `in_query`): a reload sends none of them.
    assert.deepEqual(await ff.run(() => [location.search, new URLSearchParams(location.hash.slice(1)).get("cit")]), [
      "?lang=kk",
      "DE",
    ]);
    // Marked so that only the reloaded document can answer what follows.
    await ff.run(() => (window.__beforeReload = true));
    await ff.refresh();
    await ff.until(() => !window.__beforeReload && !document.getElementById("prerendered"));
    await headingIs(L.kk.result.title, "the result in Kazakh, reloaded");
    const leaked = plain.requests.filter((r) => carriesAnswers(r.split(" ")[1]));
    assert.deepEqual(leaked, [], "requests with an answer in them");
    // A link pasted into the tab that differs after '#' alone opens with no load: read all
    // the same, its unreadable date named, the address at the page shown (journey.test.mjs).
    const before = plain.requests.length;
    await ff.goto(plain.url + "/" + query({ ...SPOUSE, lang: "kk", date: "2025-02-30", step: "result" }));
    await headingIs(L.kk.q.date.title, "the date question, the link's date unreadable");
    await ff.until(
      (t) => [...document.querySelectorAll("[role=status]")].some((s) => s.innerText.includes(t)),
      [lowerFirst(L.kk.check.date)],
      { what: "the notice naming the date" },
    );
    assert.match(await ff.run(() => location.hash), /step=date(&|$)/);
    assert.deepEqual(plain.requests.slice(before), [], "no load");
    await ff.goto(plain.url + "/?lang=en");
    await ff.until(() => !document.getElementById("prerendered") && document.querySelector("main h1"));
    await ff.run(`${START}.click()`, "document");
    await ff.until(
      (t) => {
        const h1 = document.querySelector("main h1");
        return h1?.innerText.trim() === t && document.activeElement === h1;
      },
      [L.en.q.route.title],
      { what: "the first question, its heading focused" },
    );
  } finally {
    await plain.close();
  }
});

test("firefox standalone app: offline after one visit, a question in Kazakh and a result open from the worker's cache", async () => {
  // Issue 12: the service worker (web/sw.js) in Firefox as in Chromium (offline.test.mjs). The
  // server resets every connection once "offline": nothing may reach it.
  let offline = false;
  const whileOffline = [];
  const server = createServer((req, res) => {
    if (offline) {
      whileOffline.push(req.url);
      req.socket.destroy();
      return;
    }
    return sendStatic(req, res, join(ROOT, "dist"), (file) => ({ "cache-control": cacheControl(file) }));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    await ff.goto(url + "/?lang=en");
    await ff.until(() => !document.getElementById("prerendered") && document.querySelector("main h1"));
    await ff.until(() => !!navigator.serviceWorker?.controller, [], { timeout: 30000, what: "the worker in control" });
    offline = true;
    await ff.goto(url + "/?lang=kk&step=route");
    await headingIs(L.kk.q.route.title, "the first question in Kazakh, offline");
    await ff.goto(url + "/" + query({ ...SPOUSE, step: "result" }));
    await headingIs(L.en.result.title, "a result, offline");
    assert.deepEqual(whileOffline, [], "nothing reached the server while offline");
  } finally {
    // The worker stays with this origin's port, which no later test uses.
    await new Promise((ok) => server.close(ok));
  }
});

test("firefox JS API: the contract in and out, errors name the field", async () => {
  await ff.goto(servers.host.url + "/api.html");
  await ff.until(() => document.documentElement.dataset.apiReady === "yes");
  const scenario = JSON.parse(
    await readFile(join(ROOT, "tests/scenarios/boundaries/consulate-2025-04-18-first-day.json"), "utf8")
  );
  const outcome = await ff.run((input) => window.__api.evaluate(input), scenario.input);
  assert.equal(outcome.verdict, scenario.expect.verdict);
  assert.equal(outcome.ready_on, scenario.expect.ready_on);
  const thrown = await ff.run(() => {
    try {
      window.__api.evaluate({ date: "2025-02-30", route: "consulate", citizenship: "DE" });
      return null;
    } catch (e) {
      return [Object.prototype.toString.call(e) === "[object Error]", e.field, e.message];
    }
  });
  assert.equal(thrown[0], true);
  assert.equal(thrown[1], "date");
  assert.match(thrown[2], /`date`/);
  assert.equal(await ff.run(() => window.__api.validateIin("900101300017").valid), true);
  assert.deepEqual(reports(), []);
});
