// `make bench` helper: time from navigation start to "interactive" (a button is in the DOM
// with its handlers, i.e. the wasm app has mounted; the pre-rendered start page, id
// "prerendered", has buttons too but no handlers, so it must be gone) for each app, served as
// `make serve` serves it (precompressed when accepted), alternating loads,
// fresh browser context each time (cold cache). Also, in the same loads:
// - "on screen": when the frame after that mount has been laid out and painted, i.e. when the
//   person can see the working button (a task posted from the next animation frame runs after
//   that frame's layout and paint). The floor's first layout comes after its mount, so it
//   counts there and not in "interactive"; the app's came before its mount, with its
//   pre-rendered page, and counts in both;
// - the first contentful paint: the app's pre-rendered page paints before it is interactive,
//   the floor (no page before its wasm) paints after.
// Prints JSON: { label: { interactive: [ms, ...], onScreen: [...], fcp: [...] } }.
// With --slow, each app is served over the slow link of harness.mjs's serveSlow (150 ms,
// 1.6 Mbit/s) and the CPU runs 4x slower, as on a phone: there the download, not the
// main thread, sets most of the time.
// Usage: node load-time.mjs [--slow] LOADS label=dir [label=dir ...]
import { serve, serveSlow, launchChromium } from "./harness.mjs";

const args = process.argv.slice(2);
const slow = args[0] === "--slow";
const [loadsArg, ...apps] = slow ? args.slice(1) : args;
const loads = Number(loadsArg) || 7;
const servers = [];
for (const spec of apps) {
  const [label, dir] = spec.split("=");
  servers.push({ label, server: await (slow ? serveSlow : serve)(dir), times: [], onScreen: [], fcp: [] });
}
const browser = await launchChromium();
try {
  for (let i = 0; i < loads; i++) {
    for (const s of servers) {
      // No service worker: every load is a first visit.
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      if (slow) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
      // The signal is a console message, not a `waitForFunction`: Playwright evaluates its own
      // script in the page for that (20-30 ms of main-thread work in a trace), and it did so at
      // the load event, which for the app comes before its mount: the harness's work was
      // counted in the app's time and not in the floor's, whose load event comes after its
      // mount. Nothing is evaluated in the page until it is interactive.
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector("button") && !document.getElementById("prerendered")) {
            const interactive = performance.now();
            obs.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => console.debug("load-time:interactive", interactive, performance.now());
              channel.port2.postMessage(0);
            });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const interactive = page.waitForEvent("console", {
        predicate: (msg) => msg.text().startsWith("load-time:interactive"),
        timeout: 30000,
      });
      await page.goto(s.server.url + "/", { waitUntil: "commit" });
      const message = await interactive;
      s.times.push(await message.args()[1].jsonValue());
      s.onScreen.push(await message.args()[2].jsonValue());
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
        timeout: 30000,
      });
      s.fcp.push(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.server.close();
}
console.log(JSON.stringify(Object.fromEntries(servers.map((s) => [s.label, { interactive: s.times, onScreen: s.onScreen, fcp: s.fcp }]))));
