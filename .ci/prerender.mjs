// `make dist`, after `trunk build`: the app's page in each language, with the start page
// already in the HTML, so the first screen paints before the wasm has arrived; plus the web app
// manifests and their icons. Everything comes from the built app and locales/*.json, nothing
// is written by hand:
//   index.html, index.ru.html, index.kk.html
//       Trunk's index.html with <html lang>, <title>, the description and the <noscript>
//       text in that language (locales' `html.` texts, which the app itself never reads), a link to that language's manifest, and the start page as the
//       built app renders it for `?lang=<code>` in headless Chromium (the element with
//       id="prerendered", which the app removes in the task that mounts it: src/ui/mod.rs).
//       A `?lang=ru` link gets index.ru.html from .ci/static.mjs and the service worker;
//       on a host without rewrites, link to index.ru.html?lang=ru (docs/embedding.md).
//       index.ru.html and index.kk.html also preload that language's texts
//       (locale-<code>-<hash>.json, which `make dist` copies from the build: src/ui/lang.rs).
//   manifest.webmanifest, manifest.ru.webmanifest, manifest.kk.webmanifest, icon-*.png
// Without Chromium and playwright-core (`bash .ci/install.sh test` installs them) the pages
// are still written, without the start page, and the build says so; PRERENDER=required (set
// by `make test`) makes that an error instead.
// Usage: node .ci/prerender.mjs DIR
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sendStatic } from "./static.mjs";
import { ICONS, writeIcons } from "./icons.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dir = resolve(process.argv[2] || "dist");
const LANGS = ["en", "ru", "kk"];
const THEME = "#0b5394";
const locale = (code) => JSON.parse(readFileSync(join(root, "locales", `${code}.json`), "utf8"));
const pageFile = (code) => (code === "en" ? "index.html" : `index.${code}.html`);
const manifestFile = (code) => (code === "en" ? "manifest.webmanifest" : `manifest.${code}.webmanifest`);

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// Marks what this script adds, so a second run on the same dist/ starts from Trunk's page.
const BEGIN = "<!-- prerender -->";
const END = "<!-- /prerender -->";
const strip = (html) => html.replace(new RegExp(`${BEGIN}[\\s\\S]*?${END}\\n?`, "g"), "");
// index.html's comments are notes for whoever reads the source: bytes of the first download,
// which a phone's slow link waits for before anything else (issue 12). This script's marks stay.
const dropNotes = (html) =>
  html.replace(/[ \t]*<!--(?! \/?prerender -->)[\s\S]*?-->[ \t]*\n?/g, "");

// The page's Content-Security-Policy is written once, as a <meta> in index.html. Shipped as a
// <meta>, it cost a phone 25-70 ms: Chrome's preload scanner stops at a CSP <meta>, so the
// stylesheet, the glue and the wasm are requested only when the parser itself reaches them
// (measured on the slow link of tests/e2e/harness.mjs, issue 12). The shipped page carries the
// policy on web/init.js's tag instead, and init.js sets it as the <meta> before anything of
// the app runs; the server's header (docs/embedding.md) applies from the first byte. Nothing
// in the page before that could be refused: no inline script, style or other origin.
const POLICY_META = /[ \t]*<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>\n?/;
const APP_TAG = /<script(?=[^>]*\sdata-app-wasm=)/;
function policyOnLoader(html) {
  const meta = html.match(POLICY_META);
  if (!meta) {
    // A second run on the same dist/: already moved.
    if (/<script[^>]*\sdata-csp="[^"]+"[^>]*\sdata-app-wasm=/.test(html)) return html;
    throw new Error("prerender: no Content-Security-Policy <meta> in Trunk's index.html");
  }
  if (!APP_TAG.test(html)) throw new Error("prerender: no script tag with data-app-wasm (Trunk.toml's pattern_script)");
  return html.replace(POLICY_META, "").replace(APP_TAG, `<script data-csp="${escapeHtml(meta[1])}"`);
}

/** The start page rendered by the built app for each language: { code: { html, title } }. */
async function render() {
  let chromium;
  try {
    const require = createRequire(join(root, "tests/e2e/package.json"));
    const playwright = await import(require.resolve("playwright-core"));
    chromium = playwright.chromium ?? playwright.default?.chromium;
    if (!chromium) throw new Error("no chromium in playwright-core");
  } catch {
    return { missing: "playwright-core (tests/e2e)" };
  }
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(executablePath)) return { missing: executablePath };

  const server = createServer((req, res) => sendStatic(req, res, dir, () => ({ "cache-control": "no-store" })));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const out = {};
  try {
    for (const code of LANGS) {
      // No service worker: this is a snapshot of the page, not a visit.
      const context = await browser.newContext({ serviceWorkers: "block", locale: "en-US" });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${url}/?lang=${code}`);
      await page.waitForSelector(".app h1", { timeout: 30000 });
      // The title and <html lang> are set by effects after the first render.
      await page.waitForFunction((c) => document.documentElement.lang === c, code, { timeout: 10000 });
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
      if (errors.length) throw new Error(`prerender ${code}: ${errors.join("; ")}`);
      const t = locale(code);
      const texts = { failed: t.html.load_failed, noWasm: t.html.no_wasm, slow: t.html.load_slow, retry: t.page_failed_retry, loading: t.page_loading };
      out[code] = await page.evaluate(({ failed, noWasm, slow, retry, loading }) => {
        const app = document.querySelector(".app");
        const copy = app.cloneNode(true);
        copy.id = "prerendered";
        // Its controls do nothing until the app takes over: say so (and test drivers such as
        // Playwright wait for the live ones instead of clicking these).
        for (const c of copy.querySelectorAll("button, input, select, textarea")) c.setAttribute("aria-disabled", "true");
        // Printed addresses are the page's own where it is served (src/ui/rules_page.rs), not
        // this build server's: each build would differ, and a loopback address ship (found by
        // a review). The app writes them once it takes over.
        for (const a of copy.querySelectorAll("[data-address]")) a.removeAttribute("data-address");
        // Hidden unless the app cannot start (the wasm did not arrive, or the browser cannot
        // run it): web/init.js shows it, and its button loads the page again.
        const notice = document.createElement("div");
        notice.id = "load-failed";
        notice.className = "callout callout--warning";
        notice.setAttribute("role", "alert");
        notice.hidden = true;
        const text = document.createElement("p");
        text.textContent = failed;
        text.dataset.reason = "failed";
        // A browser without WebAssembly (switched off by a privacy setting): no download or
        // reload helps, and the page says so instead (found by an audit in Firefox).
        const without = document.createElement("p");
        without.dataset.reason = "no-wasm";
        without.hidden = true;
        without.textContent = noWasm;
        // Still downloading after a while on a slow link: not "could not start" (found by an
        // audit of slow links: said at 22 s, the app started at 36 s).
        const slowText = document.createElement("p");
        slowText.dataset.reason = "slow";
        slowText.hidden = true;
        slowText.textContent = slow;
        const again = document.createElement("button");
        again.type = "button";
        again.className = "button";
        again.dataset.action = "reload-app";
        again.textContent = retry;
        notice.append(text, without, slowText, again);
        copy.querySelector("main h1").after(notice);
        // The same words for a browser where web/init.js never runs (it did not arrive, or the
        // browser is too old to run it), so nothing could show the notice above: the
        // stylesheet alone shows them after a while, unless init.js has marked the page
        // (found by an audit of a failing network: a start page whose Start did nothing, and
        // nothing said).
        const noStart = document.createElement("p");
        noStart.id = "no-start";
        noStart.className = "callout callout--warning";
        noStart.textContent = failed;
        notice.after(noStart);
        // Shown instead of the start page when the address asks for a later page (a saved or
        // shared link): web/init.js. The start page would otherwise be on screen, with a Start
        // that leads nowhere, until the app opens the page asked for.
        const later = document.createElement("p");
        later.id = "loading-later";
        later.className = "page-loading";
        later.setAttribute("role", "status");
        later.hidden = true;
        later.textContent = loading;
        copy.querySelector("main").append(later);
        return { html: copy.outerHTML, title: document.title };
      }, texts);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return { pages: out };
}

function manifest(code) {
  const t = locale(code);
  return {
    name: t.app_name,
    // A home screen shows about 12 characters of a name.
    short_name: t.html.short_name,
    description: t.start.title,
    lang: code,
    dir: "ltr",
    // Each in its own language: the app sets the manifest of the language on screen (an
    // English reader on a Russian phone installs an app that opens in English).
    start_url: `./?lang=${code}`,
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME,
    icons: ICONS.map((i) => ({ src: i.file, sizes: `${i.size}x${i.size}`, type: "image/png", purpose: i.purpose })),
  };
}

function page(template, code, rendered) {
  const t = locale(code);
  let html = strip(template);
  html = html.replace(/<html lang="[^"]*"/, `<html lang="${code}"`);
  const title = rendered?.title || t.app_name;
  html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(title)}</title>`);
  html = html.replace(
    /<meta name="description" content="[^"]*"/,
    `<meta name="description" content="${escapeHtml(t.start.title)}"`
  );
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript><p>${escapeHtml(t.html.noscript)}</p></noscript>`);
  // The texts of a language other than English are a file of their own (src/ui/lang.rs):
  // fetched while the wasm downloads, not after it.
  const texts = readdirSync(dir).filter((f) => f.startsWith(`locale-${code}-`) && f.endsWith(".json"));
  if (code !== "en" && texts.length !== 1) {
    throw new Error(`prerender: expected one locale-${code}-*.json in ${dir}, found ${texts.length}`);
  }
  const preload = texts.map((f) => `<link rel="preload" href="${f}" as="fetch" crossorigin />`).join("");
  const head =
    `${BEGIN}${preload}<link rel="manifest" href="${manifestFile(code)}" />` +
    `<meta name="theme-color" content="${THEME}" />` +
    `<link rel="apple-touch-icon" href="icon-192.png" />${END}\n`;
  html = html.replace("</head>", `${head}</head>`);
  if (rendered) html = html.replace("</body>", `${BEGIN}${rendered.html}${END}\n</body>`);
  return html;
}

const indexPath = join(dir, "index.html");
const template = policyOnLoader(dropNotes(strip(readFileSync(indexPath, "utf8"))));
if (!/<noscript>/.test(template) || !/<title>/.test(template)) {
  throw new Error(`prerender: ${indexPath} has no <title> or <noscript>; is it Trunk's page?`);
}
writeIcons(dir);
for (const code of LANGS) writeFileSync(join(dir, manifestFile(code)), JSON.stringify(manifest(code), null, 2) + "\n");

const { pages, missing } = await render();
if (missing) {
  const message =
    `prerender: ${missing} not found, so the start page is not pre-rendered: it paints when ` +
    "the wasm has loaded (run `bash .ci/install.sh test` to install Chromium and playwright-core)";
  if (process.env.PRERENDER === "required") {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
}
for (const code of LANGS) writeFileSync(join(dir, pageFile(code)), page(template, code, pages?.[code]));
console.log(
  `prerender: ${LANGS.map(pageFile).join(", ")}${pages ? " with the start page" : " (no start page)"}; manifests and icons`
);
