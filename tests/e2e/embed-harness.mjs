// Shared pieces of the embedding tests (embed.test.mjs in Chromium, embed-firefox.test.mjs
// in Firefox): two origins on 127.0.0.1 (the app, built in dist/, and a consulate's host page
// with a strict CSP), request logs and CSP reports collected by the servers themselves, and
// the host pages. Node's standard library only.
import { createServer } from "node:http";
import { extname } from "node:path";
import { DIST } from "./harness.mjs";
import { TYPES } from "../../.ci/mime.mjs";
import { sendStatic } from "../../.ci/static.mjs";


/** Whether a logged request (a URL, or "GET /path" as `origin` logs it) is the app fetching
 * one of its own page modules (src/ui/pages.rs, .ci/split-wasm.mjs): a file of the build, named
 * by its content, with no query (no answer can travel in it). The app does this after load, on
 * its own page and so in the iframe; the promise is that nothing else is requested. */
export function isPageModule(request) {
  const path = request.replace(/^GET /, "").replace(/^https?:\/\/[^/]+/, "");
  return /^\/[^/?#]+-(split|chunk)_[a-z0-9_]+-[0-9a-f]{16}\.wasm$/.test(path);
}

/** A static server on 127.0.0.1 for `dir` plus in-memory `pages` ({ "/x.html": html }).
 * `headers(path)` gives extra response headers. Every request is logged in `requests`; CSP
 * reports (POST /csp-report) in `reports`. */
export async function origin(dir, { pages = {}, headers = () => ({}) } = {}) {
  const requests = [];
  const reports = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (req.method === "POST" && path === "/csp-report") {
      let body = "";
      for await (const chunk of req) body += chunk;
      reports.push(body);
      res.writeHead(204).end();
      return;
    }
    requests.push(`${req.method} ${req.url}`);
    if (pages[path] !== undefined) {
      const type = TYPES[extname(path)] || "text/html; charset=utf-8";
      res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...headers(path) });
      res.end(pages[path]);
      return;
    }
    if (!dir) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    // Files as `make serve` sends them (precompressed when accepted): .ci/static.mjs.
    await sendStatic(req, res, dir, () => ({ "cache-control": "no-store", ...headers(path) }));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, reports, close: () => new Promise((ok) => server.close(ok)) };
}

/** The policy a consulate adds for both embed modes (docs/embedding.md), reporting to itself. */
export function hostCsp(app) {
  return (
    `default-src 'self'; script-src 'self' ${app} 'wasm-unsafe-eval'; frame-src ${app}; ` +
    `style-src 'self' ${app}; connect-src 'self' ${app}; img-src 'self' ${app} data:; ` +
    "object-src 'none'; base-uri 'none'; report-uri /csp-report"
  );
}

/** The app's own policy as the header docs/embedding.md gives, reporting to itself. */
export function appCsp(host) {
  return (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
    `base-uri 'none'; form-action 'self'; frame-ancestors 'self' ${host}; report-uri /csp-report`
  );
}

/** Starts both origins: the app (dist/, its CSP header, CORS for the API) and the host,
 * whose pages come from `makePages(appUrl)`. */
export async function origins(makePages) {
  const hostPages = {};
  const policies = { host: "", app: "" };
  const host = await origin(null, {
    pages: hostPages,
    headers: (path) => ({
      "content-security-policy": path.startsWith("/minimal-") ? policies.minimal : policies.host,
    }),
  });
  const app = await origin(DIST, {
    // CORS only where docs/embedding.md asks for it: the API module and its wasm. The
    // iframe and the direct mount (classic scripts, a stylesheet) must work without it.
    headers: (path) =>
      path.endsWith(".html") || path.endsWith("/")
        ? { "content-security-policy": policies.app }
        : /^\/api\/(mount\/)?iin_precheck(_bg\.wasm|\.js)$/.test(path)
          ? { "access-control-allow-origin": "*" }
          : {},
  });
  policies.host = hostCsp(app.url);
  // The least a page that only mounts the app directly needs (docs/embedding.md).
  policies.minimal =
    `default-src 'none'; script-src 'self' ${app.url} 'wasm-unsafe-eval'; ` +
    `style-src ${app.url}; img-src data:; report-uri /csp-report`; // img-src: the test page's own icon
  policies.app = appCsp(host.url);
  Object.assign(hostPages, makePages(app.url));
  return { host, app };
}

/** A consulate's page: its own title, lang and CSP; the snippet under test; probe.js first
 * (records CSP violations and messages, since inline scripts are forbidden here too). */
export function hostPage(title, body) {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<script src="/probe.js"></script>
</head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>`;
}

/** A consulate's page with an 82 px sticky header over the app (`mode`: the loader's extra
 * attributes) and room to scroll below it. */
function stickyHost(title, mode, app) {
  return hostPage(
    title,
    `<div id="iin"></div>
<script src="${app}/embed.js" ${mode} data-country="DE" data-lang="en" data-target="iin"></script>
<div class="spacer"></div>`
  )
    .replace("<body>", '<body>\n<header class="site-header">Konsulat</header>')
    .replace("</head>", '<link rel="stylesheet" href="/sticky.css">\n</head>');
}

/** Run in the app's own page (Playwright's evaluate, WebDriver's execute): adds an inline
 * script and an inline style, then says whether either took effect, which directives refused
 * them, and the CSP <meta> in force. Self-contained: it is sent to the browser as source. */
export async function inlineProbe() {
  const refused = [];
  document.addEventListener("securitypolicyviolation", (e) => refused.push(e.violatedDirective));
  const script = document.createElement("script");
  script.textContent = "window.__inlineRan = true";
  document.head.append(script);
  const style = document.createElement("style");
  style.textContent = "body { --inline-style-ran: yes }";
  document.head.append(style);
  await new Promise((ok) => setTimeout(ok, 100));
  return {
    policy: document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null,
    ran: window.__inlineRan === true,
    styled: getComputedStyle(document.body).getPropertyValue("--inline-style-ran") !== "",
    refused,
  };
}

/** The probe of the host page: CSP violations and iin-precheck messages, for the test to read. */
export const PROBE = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
window.__ready = null;
document.addEventListener("iin-precheck:ready", function (e) { window.__ready = e.detail; });
window.__warnings = [];
var warn = console.warn;
console.warn = function () {
  window.__warnings.push(Array.prototype.join.call(arguments, " "));
  return warn.apply(console, arguments);
};
`;

/** The host pages used by both browsers' tests, for an app at `app`. */
export function pages(app) {
  return {
    "/probe.js": PROBE,
    "/iframe.html": hostPage(
      "Konsulat: iframe",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-country="DE" data-lang="ru" data-ruleset="fi-pilot-2025"
  data-accent="#6b2c91" data-height="120" data-target="iin"></script>
<p>Text after the app.</p>`
    ),
    // A German consulate's page, as docs/embedding.md shows it: the app has no German.
    "/iframe-de.html": hostPage(
      "Konsulat: iframe, data-lang=de",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-country="DE" data-lang="de" data-target="iin"></script>`
    ),
    "/unknown-presets.html": hostPage(
      "Konsulat: presets the app does not know",
      `<script src="${app}/embed.js" data-country="ZZ" data-lang="kk" data-ruleset="in-country-2024"></script>`
    ),
    "/hostile.html": hostPage(
      "Konsulat: hostile attributes",
      `<script src="${app}/embed.js" data-country="&lt;script&gt;alert(1)&lt;/script&gt;"
  data-lang="${"x".repeat(5000)}" data-ruleset="../../etc/passwd" data-accent="red;background:url(//evil.example)"
  data-title="&lt;img src=x onerror=alert(1)&gt;" data-target="nope&quot;]" data-height="-5" data-onload="alert(1)"></script>`
    ),
    "/mount-unknown-ruleset.html": hostPage(
      "Konsulat: direct mount, rules the app does not hold",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-mode="mount" data-country="DE" data-lang="en"
  data-ruleset="fi-pilot-2099" data-target="iin"></script>`
    ),
    // Found by an embedding audit (2026-12-06): a team's own spelling of the rules' id, the
    // snippet pasted twice, and a mount in a desktop page's narrow column.
    "/ruleset-capitals.html": hostPage(
      "Konsulat: the rules' id in capitals",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-country="CN" data-lang="en" data-ruleset="FI_PILOT_2025" data-target="iin"></script>`
    ),
    "/pasted-twice.html": hostPage(
      "Konsulat: the snippet pasted twice",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-country="DE" data-lang="en" data-target="iin"></script>
<script src="${app}/embed.js" data-country="DE" data-lang="en" data-target="iin"></script>`
    ),
    "/narrow.css": ".columns { display: flex; gap: 1rem } .columns > main { flex: 1 } .columns > aside { flex: none; width: 300px }\n",
    "/mount-narrow.html": hostPage(
      "Konsulat: direct mount in a sidebar",
      `<link rel="stylesheet" href="/narrow.css">
<div class="columns"><main>News of the consulate.</main>
<aside><div id="iin"></div></aside></div>
<script src="${app}/embed.js" data-mode="mount" data-country="DE" data-lang="ru"
  data-ruleset="fi-pilot-2025" data-target="iin"></script>`
    ),
    "/mount.html": hostPage(
      "Konsulat: direct mount",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-mode="mount" data-country="DE" data-lang="en"
  data-ruleset="fi-pilot-2025" data-accent="#6b2c91" data-target="iin"></script>`
    ),
    // Two apps on one page, the host's own field focused (each app keeps its own record of
    // the page it built: neither takes the focus when it starts).
    "/two-mounts.html": hostPage(
      "Konsulat: two direct mounts",
      `<input id="host-field" aria-label="Search the consulate's site" autofocus>
<div id="one"></div><div id="two"></div>
<script src="${app}/embed.js" data-mode="mount" data-lang="en" data-target="one"></script>
<script src="${app}/embed.js" data-mode="mount" data-lang="ru" data-target="two"></script>`
    ),
    // Two consulates' results on one page (found by a review: printing opened the folds of
    // the app mounted last only).
    // mount() twice from one module: one wasm instance for both apps.
    "/two-mounts-de.html": hostPage(
      "Konsulat: two apps of one module, a country preset each",
      `<div id="one"></div><div id="two"></div><script type="module" src="/two-mounts-de.js"></script>`
    ),
    "/two-mounts-de.js": `import init, { mount } from "${app}/api/mount/iin_precheck.js";
await init();
const css = "${app}/api/iin-precheck.css";
window.__one = mount(document.getElementById("one"), { lang: "en", country: "DE", stylesheet: css });
window.__two = mount(document.getElementById("two"), { lang: "en", country: "AT", stylesheet: css });`,
    // A consulate's theme that reaches everything it can, right to left (found by an audit:
    // the mounted app took the host's red serif text and its direction).
    // Its root at 62.5% (Bootstrap 3 and many since): `rem` in a shadow root is the host's.
    "/hostile.css":
      "* { font: 20px serif; color: red; letter-spacing: 2px; text-transform: uppercase } html { font-size: 62.5% }" +
      // Every other inherited property a site-wide theme may set (found by an audit of
      // embedding: indented, small-capped, shadowed text, and none of it selectable).
      " body { text-indent: 2em; text-shadow: 1px 1px 2px red; font-variant-caps: small-caps; white-space: pre-line;" +
      " word-break: break-all; hyphens: none; cursor: wait; user-select: none; -webkit-text-fill-color: red;" +
      ' font-stretch: condensed; font-feature-settings: "smcp"; tab-size: 2; quotes: "<" ">"; caret-color: red; accent-color: red;' +
      " line-break: anywhere; text-align-last: justify; -webkit-text-stroke: 1px red; font-size-adjust: 0.7 }",
    "/hostile-mount.html": hostPage(
      "Konsulat: direct mount in a hostile theme",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-mode="mount" data-country="DE" data-lang="en" data-target="iin"></script>`
    )
      .replace('<html lang="de">', '<html lang="ar" dir="rtl">')
      .replace("</head>", '<link rel="stylesheet" href="/hostile.css">\n</head>'),
    // A consulate's page with a sticky header, 82 px high, its root at 62.5% (found by an
    // audit of embedding: a new page's heading came to rest under the header).
    "/sticky.css": "html { font-size: 62.5% } body { margin: 0 } .site-header { position: sticky; top: 0; z-index: 10; height: 82px; background: #ddd } .spacer { height: 2000px }",
    "/sticky-mount.html": stickyHost("Konsulat: direct mount under a sticky header", `data-mode="mount"`, app),
    "/sticky-iframe.html": stickyHost("Konsulat: iframe under a sticky header", "", app),
    "/minimal-mount.html": hostPage(
      "Konsulat: direct mount, minimal CSP",
      `<div id="iin"></div>
<script src="${app}/embed.js" data-mode="mount" data-country="DE" data-target="iin"></script>`
    ),
    "/head.html": hostPage(
      "Konsulat: loader in the head",
      `<main><section class="slot"></section></main>`
    ).replace(
      "</head>",
      `<script src="${app}/embed.js" data-target="main .slot" data-lang="kk"></script>
<script src="${app}/embed.js" data-mode="mount"></script>
</head>`
    ),
    // data-target="main": a bare word, no element with that id (found by an audit: read as
    // an id only).
    "/main-target.html": hostPage(
      "Konsulat: data-target=main",
      `<main><p>Consulate</p></main>
<script src="${app}/embed.js" data-target="main"></script>`
    ),
    "/api.html": hostPage("Konsulat: JS API", `<script type="module" src="/api.js"></script>`),
    "/module-mount.html": hostPage(
      "Konsulat: mount() from a module",
      `<div id="iin"></div><script type="module" src="/module-mount.js"></script>`
    ),
    "/module-mount-discard.html": hostPage(
      "Konsulat: mount() without keeping the handle",
      `<div id="iin"></div><script type="module" src="/module-mount-discard.js"></script>`
    ),
    "/module-mount-discard.js": `import init, { mount } from "${app}/api/mount/iin_precheck.js";
await init();
mount(document.getElementById("iin"), { stylesheet: "${app}/api/iin-precheck.css" });`,
    "/module-mount.js": `import init, { mount } from "${app}/api/mount/iin_precheck.js";
await init();
window.__handle = mount(document.getElementById("iin"), {
  lang: "en",
  accent: "#6b2c91",
  stylesheet: "${app}/api/iin-precheck.css",
});`,
    // The classic build as docs/embedding.md shows it, read by code that runs long after the
    // API is ready (a script loaded late, a tag manager): the element keeps a promise of it.
    "/classic-late.html": hostPage(
      "Konsulat: classic API, read later",
      `<script id="iin-api" src="${app}/api/iin_precheck.classic.js"></script>
<script src="/classic-late.js"></script>`
    ),
    "/classic-late.js": `setTimeout(function () {
  var ready = document.getElementById("iin-api").iinPrecheck;
  if (!ready) {
    document.documentElement.dataset.verdict = "no promise on the element";
    return;
  }
  ready.then(function (api) {
    document.documentElement.dataset.verdict = api.evaluate({ date: "2025-06-02", route: "in_country", citizenship: "DE" }).verdict;
  });
}, 1500);`,
    "/api.js": `import init, * as api from "${app}/api/iin_precheck.js";
await init();
window.__api = api;
document.documentElement.dataset.apiReady = "yes";`,
  };
}
