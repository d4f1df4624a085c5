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

/** Serves `dir` as `serve()` does, over a slow link, as an applicant on a phone has it
 * (Lighthouse's slow 4G): each response waits `latencyMs`, then all the responses of this
 * server share `bytesPerSecond`, a segment at a time in turn. The server itself is slow, so a
 * service worker's downloads share the link with the page's (browser throttling would slow
 * the page only). */
export async function serveSlow(
  dir = DIST,
  { latencyMs = 150, bytesPerSecond = (1.6 * 1024 * 1024) / 8, headers = {} } = {}
) {
  const TICK_MS = 10;
  const SEGMENT = 1460;
  // Responses being sent, served round robin within each tick's budget.
  const sending = [];
  const pump = setInterval(() => {
    let budget = (bytesPerSecond * TICK_MS) / 1000;
    while (budget > 0 && sending.length > 0) {
      const item = sending.shift();
      const size = Math.min(SEGMENT, budget, item.body.length - item.sent);
      item.res.write(item.body.subarray(item.sent, item.sent + size));
      item.sent += size;
      budget -= size;
      if (item.sent < item.body.length) sending.push(item);
      else item.res.end();
    }
  }, TICK_MS);
  const server = createServer((req, res) => {
    // sendStatic answers with writeHead(...) then end(body): hold both back.
    let head;
    const slow = {
      writeHead(status, responseHeaders) {
        head = [status, responseHeaders];
        return slow;
      },
      end(body) {
        setTimeout(() => {
          res.writeHead(...head);
          sending.push({ res, body: Buffer.from(body ?? ""), sent: 0 });
        }, latencyMs);
      },
    };
    sendStatic(req, slow, dir, () => ({ "cache-control": "no-store", ...headers }));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () => {
    clearInterval(pump);
    return new Promise((ok) => server.close(ok));
  };
  return { url, close };
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
