// `make bench` helper: time from navigation start to "interactive" (a button is in the DOM
// with its handlers, i.e. the wasm app has mounted; the pre-rendered start page, id
// "prerendered", has buttons too but no handlers, so it must be gone) for each app, served as
// `make serve` serves it (precompressed when accepted), alternating loads,
// fresh browser context each time (cold cache). Also the first contentful paint of the same
// loads: the app's pre-rendered page paints before it is interactive, the floor (no page
// before its wasm) paints after. Prints JSON: { label: { interactive: [ms, ...], fcp: [...] } }.
// Usage: node load-time.mjs LOADS label=dir [label=dir ...]
import { serve, launchChromium } from "./harness.mjs";

const [loadsArg, ...apps] = process.argv.slice(2);
const loads = Number(loadsArg) || 7;
const servers = [];
for (const spec of apps) {
  const [label, dir] = spec.split("=");
  servers.push({ label, server: await serve(dir), times: [], fcp: [] });
}
const browser = await launchChromium();
try {
  for (let i = 0; i < loads; i++) {
    for (const s of servers) {
      // No service worker: every load is a first visit.
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector("button") && !document.getElementById("prerendered")) {
            window.__interactiveAt = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(s.server.url + "/");
      await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 30000 });
      s.times.push(await page.evaluate(() => window.__interactiveAt));
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
console.log(JSON.stringify(Object.fromEntries(servers.map((s) => [s.label, { interactive: s.times, fcp: s.fcp }]))));
