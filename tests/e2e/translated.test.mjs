// The app under a browser's page translator (Chrome's "Translate this page"), which replaces
// the text nodes it translates (translator.mjs). Found by an audit simulating it: texts the
// app changed in place stayed as they were on screen while the app went on, so a click on
// a country chose another one than the name shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp, watchErrors } from "./harness.mjs";
import { L, fmt, query, heading, open, nextPage, radio, button, countryBox, chosenCountry, SPOUSE } from "./pages.mjs";
import { translate } from "./translator.mjs";

const en = L.en;
const app = servedApp();

async function withTranslatedPage(state, fn) {
  const context = await app.browser.newContext({ locale: "tr-TR" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, app.server.url, query(state));
    await translate(page);
    await fn(page);
    assert.deepEqual(errors, [], "no console error or page error");
  } finally {
    await context.close();
  }
}

/** The texts of the visible country options. */
async function optionNames(page) {
  return page.getByRole("option").allInnerTexts();
}

test("translated: the country list shows the names it chooses by, and the search's count", async () => {
  const state = { lang: "en", route: "in_country", date: "2026-12-07", has_iin: "no", step: "citizenship" };
  await withTranslatedPage(state, async (page) => {
    const title = en.q.citizenship.title;
    const box = countryBox(page, title);
    await box.pressSequentially("T");
    await page.waitForTimeout(300);
    await box.pressSequentially("ur");
    await page.waitForTimeout(300);
    const names = await optionNames(page);
    assert.deepEqual(names.slice(0, 2), ["Türkiye", "Turkmenistan"], `${names}`);
    const status = await page.locator(".autocomplete [role=status]").innerText();
    assert.equal(status, fmt(en.country_search.results_many, { count: names.length }));
    await page.getByRole("option", { name: "Türkiye", exact: true }).click();
    assert.equal(await chosenCountry(page, title), "TR");
  });
});

test("translated: 'Check your answers' and 'Your result' each keep their own heading", async () => {
  await withTranslatedPage({ ...SPOUSE, step: "check" }, async (page) => {
    assert.equal(await heading(page), en.check.title);
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    await page.waitForTimeout(200);
    assert.equal(await page.locator("h1").innerText(), en.result.title);
    await button(page, en.result.change_answers).click();
    await nextPage(page, en.result.title);
    await page.waitForTimeout(200);
    assert.equal(await page.locator("h1").innerText(), en.check.title);
  });
});

test("translated: the IIN box's reading follows the number typed", async () => {
  const q = en.q.has_iin;
  await withTranslatedPage({ lang: "en", route: "in_country", date: "2026-12-07", step: "iin" }, async (page) => {
    await radio(page, q.title, en.yes).check();
    const box = page.getByRole("textbox", { name: q.iin_label });
    await box.fill("900303400011");
    await page.getByText(fmt(q.iin_ok, { date: "3 March 1990" }), { exact: true }).waitFor({ timeout: 3000 });
    await page.waitForTimeout(200);
    await box.fill("850101300015");
    await page.getByText(fmt(q.iin_ok, { date: "1 January 1985" }), { exact: true }).waitFor({ timeout: 3000 });
    await page.waitForTimeout(200);
    assert.ok(!(await page.getByRole("main").innerText()).includes("3 March 1990"));
  });
});

// Found by an audit: an error that changed stayed at the first one under the translator: the
// applicant who typed the missing digit was still told "An IIN has exactly 12 digits".
test("translated: an error that changes shows the new one, in the summary and beside the field", async () => {
  const q = en.q.has_iin;
  await withTranslatedPage({ lang: "en", route: "in_country", date: "2026-12-07", step: "iin" }, async (page) => {
    await radio(page, q.title, en.yes).check();
    const box = page.getByRole("textbox", { name: q.iin_label });
    await box.fill("85010130001");
    await button(page, en.continue_button).click();
    await page.getByRole("link", { name: q.iin_error_length, exact: true }).waitFor({ timeout: 3000 });
    await box.fill("850101300019");
    await button(page, en.continue_button).click();
    await page.getByRole("link", { name: q.iin_error_checksum, exact: true }).waitFor({ timeout: 3000 });
    await page.waitForTimeout(200);
    const main = await page.getByRole("main").innerText();
    assert.ok(!main.includes(q.iin_error_length), main);
  });
});

// Found by an audit: the search's count was put into its live region again at each letter
// typed, unchanged ("1 result is available" nine times while typing "Kazakhstan").
test("the country search's count goes into its live region only when it changes", async () => {
  const state = { lang: "en", route: "in_country", date: "2026-12-07", has_iin: "no", step: "citizenship" };
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await open(page, app.server.url, query(state));
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector(".autocomplete [role=status]");
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await countryBox(page, en.q.citizenship.title).pressSequentially("Kazakhstan", { delay: 60 });
  await page.waitForTimeout(300);
  const said = await page.evaluate(() => window.__said);
  const repeated = said.filter((s, i) => i > 0 && s === said[i - 1] && s !== "");
  assert.deepEqual(repeated, [], `${said.join(" | ")}`);
  await context.close();
});
