// Shared pieces of the end-to-end tests: a static server for the built app on 127.0.0.1,
// and Debian's Chromium launched headless through playwright-core (which never downloads a
// browser of its own).
import { createServer } from "node:http";
import { before, after } from "node:test";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { sendStatic } from "../../.ci/static.mjs";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const DIST = process.env.DIST_DIR || join(ROOT, "dist");


/** Serves `dir` on 127.0.0.1 (port 0 = any free one) as `make serve` does (.ci/static.mjs:
 * precompressed files when accepted, the pre-rendered page of a `?lang=` link). Extra headers
 * per response optional. */
export async function serve(dir = DIST, { port = 0, headers = {} } = {}) {
  const server = createServer((req, res) =>
    sendStatic(req, res, dir, () => ({ "cache-control": "no-store", ...headers }))
  );
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** Debian's Chromium, headless, kept off the network (toolchain.md). Playwright gives each
 * launch a fresh profile directory of its own. */
export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** For a test file: one server of the built app and one Chromium, shared by the file's tests,
 * started before the first and closed after the last. `app.server` and `app.browser` are set
 * once the file's tests run. */
export function servedApp() {
  const app = {};
  before(async () => {
    app.server = await serve();
    app.browser = await launchChromium();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
