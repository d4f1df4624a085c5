// Temporary: screenshots for the walk-through (not committed).
import { serve, launchChromium } from "./harness.mjs";
import { query, CN_INVESTOR_NO_TRANSLATION, TR_SPOUSE_IN_COUNTRY_SATURDAY, STATELESS_NO_DOCUMENT, CORRECTION_REPRESENTED, ROUTE_AND_DATE_ONLY, declared2025, todayIso } from "./pages.mjs";
const server = await serve();
const browser = await launchChromium();
const TR_ALMATY = { ...TR_SPOUSE_IN_COUNTRY_SATURDAY, date: "2026-12-02" };
const states = { cn: CN_INVESTOR_NO_TRANSLATION, tr: TR_ALMATY, trsat: TR_SPOUSE_IN_COUNTRY_SATURDAY, stateless: STATELESS_NO_DOCUMENT, corr: CORRECTION_REPRESENTED, only: ROUTE_AND_DATE_ONLY, decl: declared2025(todayIso()) };
const which = process.argv.slice(2);
for (const spec of which) {
  const [name, lang, width, full] = spec.split(":");
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 844 } });
  const page = await ctx.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("console error", m.text()));
  await page.goto(server.url + "/" + query({ ...states[name], lang, step: "result" }));
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  const file = `/tmp/truth-${name}-${lang}-${width}${full ? "-full" : ""}.png`;
  await page.screenshot({ path: file, fullPage: !!full });
  if (full === "text") console.log(await page.getByRole("main").innerText());
  console.log(file);
  await ctx.close();
}
await browser.close();
await server.close();
