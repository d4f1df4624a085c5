// `make bench` helper: a first visit over a slow link, as an applicant on a phone has it, and
// Start pressed the moment the app takes over (before the page module is downloaded in the
// background), then another first visit with Start pressed 1 s after the take-over (someone
// who knows the way; web/init.js has the module downloaded ahead by then). The link is
// harness.mjs's serveSlow (Lighthouse's slow 4G: 150 ms, 1.6 Mbit/s, shared by the page and
// its service worker); the CPU runs 4x slower.
// Prints JSON: { mounted: [ms from navigation to the app's start page, ...],
//                question: [ms from the Start click to the first question on screen, ...],
//                questionLater: [the same, Start pressed 1 s after the take-over, ...] }.
// Usage: node first-question.mjs RUNS DIR
import { serveSlow, launchChromium } from "./harness.mjs";
import { L } from "./pages.mjs";

const [runsArg, dir] = process.argv.slice(2);
const runs = Number(runsArg) || 5;

// One slow link for the page and its worker (harness.mjs, serveSlow).
const server = await serveSlow(dir, { headers: { "cache-control": "no-cache" } });
const url = `${server.url}/`;

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
  await server.close();
}
console.log(JSON.stringify(result));
