// Smoke: the release build loads in headless Chromium, the start page renders and is
// usable, and nothing is logged as an error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp, watchErrors } from "./harness.mjs";

const app = servedApp();

test("start page renders with no console error", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url + "/");
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor({ timeout: 15000 });
  const startTitle = await heading.innerText();
  assert.match(startTitle, /IIN/);
  const start = page.getByRole("button", { name: /start/i });
  assert.equal(await start.count(), 1, "one Start button");
  await start.click();
  // The first question replaces the start page, and focus moves to its heading.
  // (Its code may still be on its way: "Loading" has no heading.)
  await page.waitForFunction((t) => {
    const h1 = document.querySelector("h1");
    return h1 !== null && h1.innerText !== t;
  }, startTitle);
  await page.waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 2000 });
  assert.deepEqual(errors, []);
  await page.close();
});
