// `make bench` helper: a first visit over a slow link, as an applicant on a phone has it, and
// Start pressed the moment the app takes over (before the page module is downloaded in the
// background), then another first visit with Start pressed 1 s after the take-over (someone
// who knows the way; web/init.js has the module downloaded ahead by then). The server itself is slow, for the page and its service worker alike (browser
// throttling would slow the page only): each response waits LATENCY_MS, then all responses
// share THROUGHPUT (Lighthouse's slow 4G: 150 ms, 1.6 Mbit/s); the CPU runs 4x slower.
// Prints JSON: { mounted: [ms from navigation to the app's start page, ...],
//                question: [ms from the Start click to the first question on screen, ...],
//                questionLater: [the same, Start pressed 1 s after the take-over, ...] }.
// Usage: node first-question.mjs RUNS DIR
import { createServer } from "node:http";
import { sendStatic } from "../../.ci/static.mjs";
import { launchChromium } from "./harness.mjs";
import { L } from "./pages.mjs";

const LATENCY_MS = 150;
const BYTES_PER_SECOND = (1.6 * 1024 * 1024) / 8;
const TICK_MS = 10;
const SEGMENT = 1460;

const [runsArg, dir] = process.argv.slice(2);
const runs = Number(runsArg) || 5;

// Responses being sent, served round robin a segment at a time within each tick's budget.
const sending = [];
const pump = setInterval(() => {
  let budget = (BYTES_PER_SECOND * TICK_MS) / 1000;
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
    writeHead(status, headers) {
      head = [status, headers];
      return slow;
    },
    end(body) {
      setTimeout(() => {
        res.writeHead(...head);
        sending.push({ res, body: Buffer.from(body ?? ""), sent: 0 });
      }, LATENCY_MS);
    },
  };
  sendStatic(req, slow, dir, () => ({ "cache-control": "no-cache" }));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const result = { mounted: [], question: [], questionLater: [] };
const browser = await launchChromium();
try {
  for (let i = 0; i < runs * 2; i++) {
    const later = i % 2 === 1;
    // A fresh context: a first visit, service worker allowed as on the app's own page.
    const context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    // Times are taken in the page (performance.now(): from navigation start), signalled by
    // console messages: Playwright evaluates a script of its own in the page for
    // `waitForFunction` and before a click (20-30 ms of main-thread work unthrottled), which
    // must not land inside the time measured. The click is timed from its event in the page.
    await page.addInitScript((title) => {
      let mounted = false;
      let asked = false;
      // Once the frame that shows the change has been produced.
      const painted = (name) =>
        requestAnimationFrame(() => setTimeout(() => console.debug(`first-question:${name}`, performance.now())));
      addEventListener("click", () => console.debug("first-question:pressed", performance.now()), {
        capture: true,
        once: true,
      });
      new MutationObserver(() => {
        if (!mounted && !document.getElementById("prerendered") && document.querySelector(".button--start")) {
          mounted = true;
          painted("mounted");
        }
        if (mounted && !asked && document.querySelector("h1")?.textContent.trim() === title) {
          asked = true;
          painted("question");
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, L.en.q.route.title);
    const signal = (name) =>
      page
        .waitForEvent("console", { predicate: (m) => m.text().startsWith(`first-question:${name} `), timeout: 60000 })
        .then((m) => m.args()[1].jsonValue())
        .then(Math.round);
    const mounted = signal("mounted");
    await page.goto(url, { waitUntil: "commit" });
    const mountedAt = await mounted;
    if (later) await page.waitForTimeout(1000);
    else result.mounted.push(mountedAt);
    const pressed = signal("pressed");
    const question = signal("question");
    await page.click(".button--start");
    const [pressedAt, questionAt] = await Promise.all([pressed, question]);
    (later ? result.questionLater : result.question).push(questionAt - pressedAt);
    await context.close();
  }
} finally {
  await browser.close();
  clearInterval(pump);
  server.close();
}
console.log(JSON.stringify(result));
