// The app under a browser's page translator (Chrome's "Translate this page"), which replaces
// the text nodes it translates (translator.mjs). Found by an audit simulating it: texts the
// app changed in place stayed as they were on screen while the app went on, so a click on
// a country chose another one than the name shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp, watchErrors } from "./harness.mjs";
import { L, fmt, query, heading, open, nextPage, radio, button, countryBox, chosenCountry, SPOUSE, TR_SPOUSE_IN_COUNTRY_SATURDAY } from "./pages.mjs";
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

// Found by an audit of a translated page (stop 59): after "Русский", the heading, labels and
// buttons the translator had taken over kept their English (and "Show original" would have
// shown them beside Russian answers); only the answer rows changed. The page is built anew
// at a language switch under a translator.
test("translated: a language switch builds the page anew in the new language", async () => {
  await withTranslatedPage({ ...SPOUSE, step: "check" }, async (page) => {
    assert.equal(await heading(page), en.check.title);
    await page.getByRole("button", { name: "Русский", exact: true }).click();
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText === t, L.ru.check.title, { timeout: 10000 });
    await page.waitForTimeout(300);
    assert.equal(await page.locator("h1").innerText(), L.ru.check.title);
    assert.ok(await button(page, L.ru.check.button).isVisible(), "the button in Russian");
    assert.equal(await page.locator(".app-header__name").innerText(), L.ru.app_name);
  });
});

// Found by the same audit: "Saved on this device" stayed on screen under the translator after
// the app took it back (the copy kept for offline use found incomplete).
test("translated: the offline line the app takes back leaves the screen", async () => {
  await withTranslatedPage({ lang: "en" }, async (page) => {
    const say = (state) =>
      page.evaluate((s) => {
        document.documentElement.setAttribute("data-offline", s);
        dispatchEvent(new CustomEvent("iin-precheck:offline"));
      }, state);
    await say("ready");
    await page.waitForFunction((t) => document.querySelector("p.offline-status")?.innerText.trim() === t, en.offline_ready, { timeout: 5000 });
    await page.waitForTimeout(200);
    await say("incomplete");
    await page.waitForTimeout(300);
    assert.equal((await page.locator("p.offline-status").innerText()).trim(), "");
  });
});

// Found by the same audit: the translator showed "Germany" as "Almanya", the reader typed
// that, and nothing matched; "no results" was said only to a screen reader, so the page gave
// no sign. Now said on screen; and the word to type for "stateless" is kept from the
// translator, as are the signs of a Public Service Centre and the printed link.
test("translated: a name that matches nothing is said on screen; the words to type or find are not translated", async () => {
  const state = { lang: "en", route: "in_country", date: "2026-12-07", has_iin: "no", step: "citizenship" };
  await withTranslatedPage(state, async (page) => {
    const box = countryBox(page, en.q.citizenship.title);
    await box.pressSequentially("Almanya");
    await page.waitForTimeout(300);
    const note = page.locator(".autocomplete__note").filter({ hasText: en.country_search.none_shown });
    assert.ok(await note.isVisible(), "the no-match line is on screen");
    await box.fill("Germ");
    await page.waitForTimeout(300);
    assert.equal(await note.count(), 0, "gone once something matches");
    const kept = await page.locator("p.hint span[translate=no]").allInnerTexts();
    assert.deepEqual(kept, ["stateless"]);
  });
  await withTranslatedPage({ ...TR_SPOUSE_IN_COUNTRY_SATURDAY, step: "result" }, async (page) => {
    const signs = await page.locator(".next span[translate=no]").allInnerTexts();
    assert.ok(signs.includes("ЦОН") && signs.includes("ХҚКО"), `${signs}`);
    assert.equal(await page.locator(".print-link a[translate=no]").count(), 1);
  });
});

// Found by a regression audit of the test above (stop 59): the page built anew for a language
// switch under a translator cleared the result's ticks and took the focus to the heading. The
// ticks stay, the focus stays on the language button; leaving the page still clears them.
test("translated: a language switch keeps the result's ticks and the focus on the language button", async () => {
  await withTranslatedPage({ ...SPOUSE, step: "result" }, async (page) => {
    const boxes = page.getByRole("checkbox");
    const count = await boxes.count();
    assert.ok(count >= 2, `${count} tick boxes`);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const russian = page.getByRole("button", { name: "Русский", exact: true });
    await russian.focus();
    await russian.press("Enter");
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText === t, L.ru.result.title, { timeout: 10000 });
    await page.waitForTimeout(300);
    const ticked = await page.getByRole("checkbox").evaluateAll((bs) => bs.filter((b) => b.checked).length);
    assert.equal(ticked, 2, "the ticks kept");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("lang")), "ru", "the focus on the language button");
    // Leaving the result and coming back: a new result, no ticks.
    await button(page, L.ru.result.change_answers).click();
    await nextPage(page, L.ru.result.title, "ru");
    await button(page, L.ru.check.button).click();
    await nextPage(page, L.ru.check.title, "ru");
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole("checkbox").evaluateAll((bs) => bs.filter((b) => b.checked).length), 0);
  });
});

// The same audit: the signs were kept from the translator only on the English page.
test("translated: the signs 'ЦОН' and 'ХҚКО' are kept on the Russian and Kazakh pages too", async () => {
  for (const lang of ["ru", "kk"]) {
    await withTranslatedPage({ ...TR_SPOUSE_IN_COUNTRY_SATURDAY, lang, step: "result" }, async (page) => {
      const signs = await page.locator(".next span[translate=no]").allInnerTexts();
      assert.ok(signs.includes("ХҚКО"), `${lang}: ${signs}`);
      if (lang === "ru") assert.ok(signs.includes("ЦОН"), `${lang}: ${signs}`);
    });
  }
});
