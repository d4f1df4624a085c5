// Journeys through the built app in headless Chromium, driven as a person would: every
// element is found by its accessible role and name (the words come from locales/*.json),
// never by a CSS class. Each journey also asserts that nothing was logged as an error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp, watchErrors } from "./harness.mjs";
import {
  L,
  card,
  fmt,
  lowerFirst,
  query,
  heading,
  open,
  nextPage,
  radio,
  whichPage,
  walk,
  button,
  SPOUSE,
  SPOUSE_PERSON,
  CORRECTION,
  dateBoxes,
  fillDate,
  dateValue,
  countryBox,
  countryName,
  chosenCountry,
  chooseCountry,
  settledTitle,
  addressPairs,
  declared2025,
  verdictTexts,
  templateRe,
  verdictSaid,
} from "./pages.mjs";

const en = L.en;
const app = servedApp();

/** Runs `fn(page, errors)` in a fresh browser context; asserts no console error at the end. */
async function withPage(fn, contextOptions = {}) {
  const context = await app.browser.newContext({ locale: "en-US", ...contextOptions });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await fn(page, errors, context);
    assert.deepEqual(errors, [], "no console error or page error");
  } finally {
    await context.close();
  }
}

const VERDICTS = ["eligible", "action_needed", "not_eligible", "unavailable"];

/** The verdict the result page states (by its sentence), or null. */
async function verdictShown(page, lang = "en") {
  const found = [];
  for (const v of VERDICTS) {
    // "Unavailable" after the last rules known, none known to come, says "not known to be in
    // force" (stop 58).
    for (const sentence of verdictTexts(v, lang)) {
      if (await page.getByRole("main").getByText(sentence, { exact: true }).isVisible()) found.push(v);
    }
  }
  assert.ok(found.length <= 1, `one verdict sentence, got ${found}`);
  return found[0] ?? null;
}

/** The "Documents to bring" region ("Documents for your application" where a representative
 * or a penal institution hands them in). */
function checklist(page, lang = "en") {
  const t = L[lang].result;
  const titles = [t.checklist_title, t.checklist_title_by_institution].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return page.getByRole("region", { name: new RegExp(`^(${titles.join("|")})$`) });
}

/** The checklist entry of one document (the list item whose level-3 heading names it). */
function checklistItem(page, docId, lang = "en") {
  const name = L[lang].documents[docId];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return checklist(page, lang)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp("^" + escaped) }) })
    .last();
}

/** The items of the list right after the level-2 heading `title`. */
async function listAfter(page, title) {
  const h2 = page.getByRole("heading", { level: 2, name: title, exact: true });
  await h2.waitFor({ timeout: 5000 });
  return h2.locator("xpath=following-sibling::ul[1]").getByRole("listitem").allInnerTexts();
}

/** Holds the app's wasm back until `release()`: the pre-rendered page stays on screen. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function focusedTag(page) {
  return page.evaluate(() => document.activeElement?.tagName);
}

/** Waits (briefly) until focus is on the page's h1, then returns the focused tag name. */
async function focusLandsOnHeading(page) {
  await page
    .waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 3000 })
    .catch(() => {});
  return focusedTag(page);
}

// (a) --------------------------------------------------------------------------------------
test("(a) consular spouse, German certificate translated but not apostilled: action needed", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const visited = await walk(page, SPOUSE_PERSON);
    assert.deepEqual(visited, [
      "start",
      "route",
      "date",
      "has_iin",
      "citizenship",
      "category",
      "id_type",
      "id_expiry",
      "doc:marriage_certificate",
      "issuer:marriage_certificate",
      "language:marriage_certificate",
      "translated:marriage_certificate",
      "certified:marriage_certificate",
      "check",
      "result",
    ]);
    assert.equal(await heading(page), en.result.title);
    const title = fmt(en.page_title, { page: en.result.title });
    assert.equal(await settledTitle(page, (t) => t === title), title);
    assert.equal(await verdictShown(page), "action_needed");
    assert.ok(
      (await page.getByRole("main").getByText(verdictSaid("verdict_action_needed", "consulate", "en"), { exact: true }).innerText()).startsWith(
        "You can get an IIN at an embassy or consulate, but your documents are not ready: as they are, they would be refused",
      ),
    );
    // The verdict is also announced in a polite live region.
    assert.equal(
      await page.getByRole("status").filter({ hasText: verdictSaid("verdict_action_needed", "consulate", "en") }).count(),
      1,
      "the verdict is announced",
    );
    const why = await listAfter(page, en.result.why);
    assert.ok(
      why.some((r) => r.includes(en.reasons.certification_needed)),
      `"Why" names the missing apostille: ${JSON.stringify(why)}`,
    );
    const item = checklistItem(page, "marriage_certificate");
    assert.equal(await item.count(), 1, "the marriage certificate is on the checklist");
    const text = await item.innerText();
    assert.ok(
      text.includes(fmt(en.result.certification_apostille, { country: "Germany" })),
      `marriage certificate says "Needs an apostille from Germany.": ${text}`,
    );
    assert.ok(text.includes(en.result.need_apostille), `still to do: apostille: ${text}`);
    assert.ok(!text.includes(en.result.need_translation), `the translation is done: ${text}`);
    // Action needed: no date that assumes the package is complete (issue 9).
    const verdictBox = page.getByRole("main").getByText(en.result.ready_after_complete, { exact: true });
    assert.ok(await verdictBox.isVisible(), "ready one working day after applying with everything listed");
    assert.equal(
      await page.getByText(fmt(en.result.ready_on, { date: "3 June 2025" })).count(),
      0,
      "no ready date as if the package were complete",
    );
  });
});

// (b) --------------------------------------------------------------------------------------
test("(b) in-country correction through a representative reaches a result", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const person = {
      route: "in_country",
      date: "2025-06-02",
      hasIin: true,
      iin: "850101300015",
      purpose: "correction",
      cit: "DE",
      dob: "1985-01-01",
      id: "passport",
      idExp: "2030-01-01",
      idLatin: true,
      rep: true,
      docs: {
        changed_data_certificate: { have: true, issuer: "DE", language: "other", translated: "yes", certified: "apostille" },
        power_of_attorney: { have: true, issuer: "DE", language: "other", translated: "yes", certified: "apostille" },
      },
    };
    const visited = await walk(page, person, {
      beforeContinue: async (step) => {
        if (step === "has_iin") {
          // The typed IIN is checked as you type and its birth date read back.
          const status = fmt(en.q.has_iin.iin_ok, { date: "1 January 1985" });
          await page.getByText(status).waitFor({ timeout: 3000 });
        }
      },
    });
    for (const step of ["has_iin", "purpose", "represented", "doc:power_of_attorney", "doc:changed_data_certificate"]) {
      assert.ok(visited.includes(step), `asked ${step}: ${visited.join(" > ")}`);
    }
    assert.ok(!visited.includes("category"), "no category question in the country, nor after correction");
    assert.ok(!visited.includes("birth_date"), "no age rule in the country: no date of birth");
    assert.equal(await heading(page), en.result.title);
    // Correction has its own words (issue 9): not the formation sentence.
    assert.equal(await verdictShown(page), null, "no formation verdict sentence");
    assert.ok(
      await page.getByRole("main").getByText(verdictSaid("verdict_eligible_correction", "in_country", "en"), { exact: true }).first().isVisible(),
      "every document in order: the IIN can be corrected",
    );
    assert.equal(await checklistItem(page, "power_of_attorney").count(), 1);
    assert.equal(await checklistItem(page, "changed_data_certificate").count(), 1);
    // The typed IIN is nowhere in the address, the share link or the history.
    assert.ok(!page.url().includes(person.iin), `not in the URL: ${page.url()}`);
    const link = await page.getByLabel(en.result.share_label, { exact: true }).inputValue();
    assert.ok(!link.includes(person.iin), `not in the share link: ${link}`);
    assert.match(page.url(), /has_iin=yes/);
    // Nor is it said to come back with the link (found by an audit: "restores every answer",
    // printed under "Your IIN 850101300015").
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(en.result.share_text_without_iin), main);
    assert.ok(!main.includes(en.result.share_text), main);
    assert.equal((await page.locator(".print-link").textContent()).startsWith(en.result.print_link_without_iin), true);
    for (let i = 0; i < visited.length; i++) {
      await page.goBack();
      await page.waitForTimeout(50);
      assert.ok(!page.url().includes(person.iin), `not in the history: ${page.url()}`);
    }
    assert.ok(!visited.includes("consulate"), "no consulate question in the country");
    assert.ok(
      visited.indexOf("represented") < visited.indexOf("doc:power_of_attorney"),
      "the power of attorney is asked after saying a representative applies",
    );
  });
});

// (c) --------------------------------------------------------------------------------------
test("(c) consulate 2025 with no listed category: not eligible, with what to do instead", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const visited = await walk(page, { ...SPOUSE_PERSON, cat: "other", docs: {} });
    assert.ok(visited.includes("category"));
    // Not eligible once the category is known: nothing after it is asked.
    assert.equal(visited[visited.indexOf("category") + 1], "check", visited.join(" > "));
    assert.equal(await heading(page), en.result.title);
    assert.equal(await verdictShown(page), "not_eligible");
    assert.ok(await page.getByRole("main").getByText(verdictSaid("verdict_not_eligible", "consulate", "en"), { exact: true }).isVisible());
    const why = await listAfter(page, en.result.why);
    assert.ok(why.some((r) => r.includes(en.reasons.category_not_covered)), JSON.stringify(why));
    const instead = await listAfter(page, en.result.instead_title);
    assert.ok(
      instead.some((s) => s.includes("Public Service Centre")),
      `"What you can do instead" names the Public Service Centre: ${JSON.stringify(instead)}`,
    );
  });
});

// (d) --------------------------------------------------------------------------------------
test("(d) consulate on 2026-03-02: no rules in force, yet the last checklist is shown", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const visited = await walk(page, { ...SPOUSE_PERSON, date: "2026-03-02" });
    assert.deepEqual(visited, ["start", "route", "date", "result"], "a closed route ends after the date");
    assert.equal(await heading(page), en.result.title);
    assert.equal(await verdictShown(page), "unavailable");
    // Lead with what the applicant can do instead; the last rules only as reference.
    const instead = page.getByRole("heading", { level: 2, name: en.result.instead_title, exact: true });
    assert.ok(await instead.isVisible(), "what to do instead is shown");
    const reference = page.getByText(en.result.reference_title, { exact: true });
    assert.ok(await reference.isVisible(), "what those rules required, folded");
    const after = await instead.evaluate(
      (h, r) => !!(h.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING),
      await reference.elementHandle(),
    );
    assert.ok(after, "the reference follows what to do instead");
    assert.equal(await checklist(page).count(), 0, "no checklist of the applicant's own");
    assert.equal(await page.getByRole("checkbox").count(), 0, "no tick box");
    await reference.click();
    const names = await page.locator("details.reference li").allInnerTexts();
    assert.ok(names.length >= 2, `the reference lists documents (${names.length})`);
    for (const word of [en.result.provided, en.result.ready, en.result.todo]) {
      assert.ok(!names.some((n) => n.includes(word)), `no status "${word}" in the reference: ${names}`);
    }
    const why = await listAfter(page, en.result.why);
    assert.ok(why.some((r) => r.includes(en.reasons.route_none_known_on_date)), JSON.stringify(why));
  });
});

// (e) --------------------------------------------------------------------------------------
test("(e) switching language mid-journey keeps the answers", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    await walk(page, SPOUSE_PERSON, { stopAt: "has_iin" });
    // Answer, but do not continue yet; then switch to Russian.
    await radio(page, en.q.has_iin.title, en.no).check();
    await button(page, "Русский").click();
    await page.getByRole("heading", { level: 1, name: L.ru.q.has_iin.title, exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await button(page, "Русский").getAttribute("aria-pressed"), "true");
    assert.equal(await button(page, "English").getAttribute("aria-pressed"), "false");
    assert.ok(await radio(page, L.ru.q.has_iin.title, L.ru.no).isChecked(), "the choice survives the switch");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
    assert.match(page.url(), /[?&]lang=ru(&|#|$)/);
    await button(page, L.ru.continue_button).click();
    assert.equal(await nextPage(page, L.ru.q.has_iin.title, "ru"), L.ru.q.citizenship.title);
    // Then Kazakh; Back shows the earlier answer, now in Kazakh.
    await button(page, "Қазақша").click();
    await page.getByRole("heading", { level: 1, name: L.kk.q.citizenship.title, exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await button(page, "Қазақша").getAttribute("aria-pressed"), "true");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "kk");
    await button(page, L.kk.back).click();
    assert.equal(await nextPage(page, L.kk.q.citizenship.title, "kk"), L.kk.q.has_iin.title);
    assert.ok(await radio(page, L.kk.q.has_iin.title, L.kk.no).isChecked(), "has IIN: No, kept");
    await button(page, L.kk.back).click();
    assert.equal(await nextPage(page, L.kk.q.has_iin.title, "kk"), L.kk.q.date.title);
    assert.equal(await dateValue(page, L.kk.q.date.title, "kk"), "2025-06-02");
    // Continue in Kazakh to the end: the walk's answers still apply.
    await walk(page, SPOUSE_PERSON, { lang: "kk" });
    assert.equal(await heading(page), L.kk.result.title);
    assert.equal(await verdictShown(page, "kk"), "action_needed");
  });
});

// Found by an audit (2026-12-06): a name half typed in the country box was lost at a language
// switch (the box came back empty); a chosen country is shown by its name in the new language.
test("(e) a language switch keeps a half-typed country name, and re-names a chosen one", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "consulate", at: "DE", date: "2025-06-02", has_iin: "no", step: "citizenship" }));
    await countryBox(page, en.q.citizenship.title).fill("Turk");
    await button(page, "Русский").click();
    await page.getByRole("heading", { level: 1, name: L.ru.q.citizenship.title, exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await countryBox(page, L.ru.q.citizenship.title).inputValue(), "Turk", "the typed text kept");
    // Chosen, then switched: the name in the page's language, the answer unchanged.
    await chooseCountry(page, L.ru.q.citizenship.title, "TR", "ru");
    await button(page, "Қазақша").click();
    await page.getByRole("heading", { level: 1, name: L.kk.q.citizenship.title, exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await countryBox(page, L.kk.q.citizenship.title).inputValue(), countryName("TR", "kk"));
    assert.equal(await chosenCountry(page, L.kk.q.citizenship.title), "TR");
  });
});

test("(e) a link in Russian or Kazakh opens in that language, whatever the browser prefers", async () => {
  for (const lang of ["ru", "kk"]) {
    await withPage(async (page) => {
      await open(page, app.server.url, query({ ...SPOUSE, lang, step: "result" }));
      // The app renders asynchronously; give a late locale change a moment to land.
      await page.waitForTimeout(300);
      assert.equal(await heading(page), L[lang].result.title, `?lang=${lang} shows the result in ${lang}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await button(page, L.en.language_names[lang]).getAttribute("aria-pressed"), "true");
    });
  }
});

test("(e) the Russian or Kazakh page opened by its file name, without ?lang, stays in its language", async () => {
  // A consulate's site may link to /index.ru.html alone: it paints pre-rendered in Russian, and
  // the app that takes over must not switch to the browser's English.
  for (const lang of ["ru", "kk"]) {
    await withPage(async (page) => {
      assert.equal(await open(page, app.server.url, `/index.${lang}.html`), L[lang].start.title);
      await page.waitForTimeout(300);
      assert.equal(await heading(page), L[lang].start.title, `index.${lang}.html stays in ${lang}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await button(page, L.en.language_names[lang]).getAttribute("aria-pressed"), "true");
    });
  }
});

// (f) --------------------------------------------------------------------------------------
test("(f) the share link restores the result in a fresh browser", async () => {
  let link, verdict, list;
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    await walk(page, SPOUSE_PERSON);
    verdict = await verdictShown(page);
    list = await checklist(page).innerText();
    link = await page.getByLabel(en.result.share_label, { exact: true }).inputValue();
  });
  assert.ok(link.startsWith(app.server.url), `an absolute link to this app: ${link}`);
  await withPage(async (page) => {
    await page.goto(link);
    assert.equal(await heading(page), en.result.title);
    assert.equal(await verdictShown(page), verdict);
    assert.equal(await checklist(page).innerText(), list, "same checklist");
  });
});

test("(f) a hostile link shows a notice and a working page, never a blank one", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, "/?route=<script>alert(1)</script>&date=2025-02-30&step=result");
    assert.ok(title.length > 0, "a heading is shown");
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    assert.equal(await notice.count(), 1, "the notice about ignored details");
    const text = await notice.innerText();
    // Named by their questions in words, not by parameter names.
    assert.ok(
      text.includes(fmt(en.notice_params_ignored, { list: `${lowerFirst(en.check.route)}, ${lowerFirst(en.check.date)}` })),
      text,
    );
    assert.equal(whichPage(title).step, "route", "the first unanswered question instead of the result");
    // Still usable.
    await radio(page, title, en.q.route.in_country).check();
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, title), en.q.date.title);
    assert.ok(!page.url().includes("script"), `the bad value is gone from the URL: ${page.url()}`);
    // The answer given again is no longer asked for (found by an audit, 2026-12-06: "answer
    // them again" stayed up to the result); the one still to give is.
    const still = await page.getByRole("status").filter({ hasText: "could not be read" }).innerText();
    assert.ok(still.includes(fmt(en.notice_params_ignored, { list: lowerFirst(en.check.date) })), still);
  });
});

// Found by audits: a link with a key given twice (`cit=DE&cit=FR`) once took the second value
// silently; then the first, with a notice that the answer "could not be read", while the result
// used it. Which one was meant is unknown: neither is read, and the question is asked again.
test("(f) an answer given twice in a link with different values: neither is read, the question is asked again, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    await withPage(async (page) => {
      const link = query({ ...SPOUSE, lang, step: "result" }) + "&cit=FR";
      assert.equal(await open(page, app.server.url, link), L[lang].q.citizenship.title);
      const notice = page.getByRole("status").filter({ hasText: fmt(L[lang].notice_params_ignored, { list: L[lang].check.citizenship }) });
      assert.equal(await notice.count(), 1, "the notice names the question, and it is asked");
      assert.ok(!/[#&]cit=/.test(page.url()), page.url());
      assert.equal(await chosenCountry(page, L[lang].q.citizenship.title), "", "nothing chosen for them");
    });
  }
});

// Found by an audit: a stateless person was offered "A passport" with nothing more, though they
// hold no national passport. The rules name a passport; whether another document is accepted
// is for the office to say, and the choice says so, for them only.
test("the identity question tells a stateless person the rules name a passport, and to ask about another document, en/ru", async () => {
  const state = { route: "in_country", date: "2026-12-15", has_iin: "no", step: "identity" };
  for (const lang of ["en", "ru"]) {
    const t = L[lang];
    await withPage(async (page) => {
      assert.equal(await open(page, app.server.url, query({ ...state, lang, cit: "stateless" })), t.q.id_type.title);
      assert.ok(await page.getByText(t.q.id_type.passport_hint_stateless, { exact: true }).isVisible(), lang);
    });
  }
  // Anyone else may hold only another document (a refugee's travel document): told which
  // answer leads to what to ask (found by an audit, 2026-12-06: a refugee with a citizenship).
  for (const lang of ["en", "ru", "kk"]) {
    await withPage(async (page) => {
      assert.equal(await open(page, app.server.url, query({ ...state, lang, cit: "UZ" })), L[lang].q.id_type.title);
      assert.equal(await page.getByText(L[lang].q.id_type.passport_hint_stateless).count(), 0);
      assert.ok(await page.getByText(L[lang].q.id_type.passport_hint, { exact: true }).isVisible(), lang);
    });
  }
});

// Since the answers went after '#' (journey/query.rs `in_query`), a link pasted into the tab
// that differs from the page's address after '#' alone opens with no load: it is read from
// the browser's history event, which is told as a load is, and the address follows.
// Found by an audit of 2026-12-05: a link for an office in Kazakhstan with a bad birth date
// told the applicant to "answer again" a question that way never asks.
test("(f) a bad answer to a question the journey does not ask: no 'answer them again'", async () => {
  await withPage(async (page) => {
    const state = { lang: "en", route: "in_country", date: "2027-12-06", has_iin: "no", cit: "TR", id: "passport", id_by: "TR", id_exp: "2035-01-01", id_latin: "yes", dob: "2026-02-29", step: "result" };
    assert.equal(await open(page, app.server.url, query(state)), en.result.title);
    await page.waitForTimeout(300);
    const start = en.notice_params_ignored.split("{{")[0].trim();
    assert.ok(!(await page.getByRole("main").innerText()).includes(start), "no notice about the birth date");
    assert.equal(await page.getByText(start, { exact: false }).count(), 0);
  });
});

test("(f) a link pasted into the same tab, differing after '#' alone, is read as a loaded one", async () => {
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, query({ ...SPOUSE, step: "result" })), en.result.title);
    const loads = [];
    page.on("load", () => loads.push(page.url()));
    // The birth date is unreadable and the purpose's page is not reachable without it: the
    // first unanswered question, with the notice, as "a hostile link" above.
    const pasted = query({ ...SPOUSE, date: "2025-02-30", step: "result" });
    await page.goto(app.server.url + "/" + pasted);
    assert.equal(await nextPage(page, en.result.title), en.q.date.title);
    const notice = page.getByRole("status").filter({ hasText: fmt(en.notice_params_ignored, { list: en.check.date }) });
    await notice.waitFor({ timeout: 5000 });
    assert.deepEqual(loads, [], "no load: the same page read the new address");
    assert.match(page.url(), /step=date(&|$)/, "the address follows the page shown");
    assert.ok(!page.url().includes("2025-02-30"), `the bad value is gone from the URL: ${page.url()}`);
    // Back: the result the tab showed before.
    await page.goBack();
    assert.equal(await nextPage(page, en.q.date.title), en.result.title);
  });
});

// Found walking bad links: a birth date after the planned date (2052 for 2025) was read as
// a child not yet born, with no word; the question page refuses it.
test("(f) a link's birth date after the planned date is named and asked again", async () => {
  await withPage(async (page) => {
    const title = await open(
      page,
      app.server.url,
      "/?lang=en&route=consulate&at=CN&date=2025-06-03&has_iin=no&cit=CN&dob=2052-06-03&cat=child" +
        "&id=passport&id_by=CN&id_exp=2031-01-01&id_latin=yes&doc.birth_certificate=no&doc.parent_kz_identity=no&step=result",
    );
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    assert.equal(await notice.count(), 1, "the notice about ignored details");
    const text = await notice.innerText();
    assert.ok(text.includes(fmt(en.notice_params_ignored, { list: lowerFirst(en.check.birth_date) })), text);
    assert.equal(title, en.q.birth_date.title_child, "the child's birth date is asked again, not the result shown");
    assert.ok(!page.url().includes("2052"), `the bad value is gone from the URL: ${page.url()}`);
  });
});

// Found by an audit of people who change their minds (2026-12-06): a saved or hand-made link
// whose group the way does not offer (a spouse at the Ministry of Foreign Affairs) lost the
// group without a word and asked its page again as if never answered.
test("a link's group the way does not offer is named in the notice and asked again", async () => {
  await withPage(async (page) => {
    const title = await open(
      page,
      app.server.url,
      "/?lang=en&route=mfa&date=2025-06-03&has_iin=no&cit=DE&cat=spouse" +
        "&id=passport&id_by=DE&id_exp=2031-01-01&id_latin=yes&step=result",
    );
    assert.equal(title, en.q.category.title, "the group is asked again, not the result shown");
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    assert.equal(await notice.count(), 1, "the notice about the group");
    const text = await notice.innerText();
    assert.ok(text.includes(fmt(en.notice_params_ignored, { list: lowerFirst(en.check.category) })), text);
    assert.ok(!page.url().includes("cat="), `the group is gone from the URL: ${page.url()}`);
  });
  // With an IIN already, no page asks the group: nothing to answer again (a regression audit).
  await withPage(async (page) => {
    await open(page, app.server.url, "/?lang=en#route=mfa&date=2025-06-02&has_iin=yes&cat=spouse&step=result");
    assert.equal(await page.getByRole("status").filter({ hasText: "could not be read" }).count(), 0, "no notice");
  });
});

// Found by an audit of plain questions (2026-12-05): the country of the embassy or consulate
// was asked, and no answer to it changed the result (China and Germany alike).
test("the country of the embassy or consulate is not asked; an older link to its page opens the next question", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "consulate", step: "date" }));
    await fillDate(page, en.q.date.title, "2025-06-02");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.date.title), en.q.has_iin.title);
  });
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ lang: "en", route: "consulate", at: "DE", date: "2025-06-02", step: "consulate" }));
    assert.equal(title, en.q.has_iin.title);
    assert.equal(await page.getByRole("status").filter({ hasText: "could not be read" }).count(), 0, "no notice");
  });
});

// (g) --------------------------------------------------------------------------------------
test("(g) the browser's Back button returns to the previous question, answer kept", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    await walk(page, SPOUSE_PERSON, { stopAt: "citizenship" });
    await page.goBack();
    assert.equal(await nextPage(page, en.q.citizenship.title), en.q.has_iin.title);
    assert.ok(await radio(page, en.q.has_iin.title, en.no).isChecked(), "has IIN: No still selected");
    await page.goBack();
    assert.equal(await nextPage(page, en.q.has_iin.title), en.q.date.title);
    assert.equal(await dateValue(page, en.q.date.title), "2025-06-02");
    await page.goBack();
    assert.equal(await nextPage(page, en.q.date.title), en.q.route.title);
    assert.ok(await radio(page, en.q.route.title, en.q.route.consulate).isChecked(), "route still selected");
    // Forward again.
    await page.goForward();
    assert.equal(await nextPage(page, en.q.route.title), en.q.date.title);
  });
});

// (h) --------------------------------------------------------------------------------------
// Found by an audit of 2026-12-05: Start pressed before the later pages' module had arrived
// (within ~3 s of opening) showed the first question without an address or a history entry of
// its own: the browser's Back then left the app. The module is held back here for 1.5 s.
test("(g) Start pressed before the later pages have arrived: Back returns to the start page, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    await withPage(async (page) => {
      await page.route(/-split_pages-[0-9a-f]+\.wasm$/, async (route) => {
        await new Promise((ok) => setTimeout(ok, 1500));
        await route.continue();
      });
      const start = await open(page, app.server.url, `/?lang=${lang}`);
      const entries = await page.evaluate(() => history.length);
      await button(page, L[lang].start.button).click();
      assert.equal(await nextPage(page, start, lang), L[lang].q.route.title);
      assert.equal(addressPairs(page.url()).step, "route", page.url());
      assert.equal(await page.evaluate(() => history.length), entries + 1, "a history entry of its own");
      await page.goBack();
      assert.equal(await nextPage(page, L[lang].q.route.title, lang), start, "Back: the start page");
      await page.goForward();
      assert.equal(await nextPage(page, start, lang), L[lang].q.route.title, "Forward: the question again");
    });
  }
});

// Found by an audit of 2026-12-05: "Start again" rewrote the result's history entry with the
// cleared answers, so the browser's Back showed an empty first question, not the result left.
test("(g) Start again, then the browser's Back: the result left, with its answers", async () => {
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, query({ ...SPOUSE, step: "result" })), en.result.title);
    await button(page, en.result.start_again).click();
    assert.equal(await nextPage(page, en.result.title), en.start.title);
    await page.goBack();
    assert.equal(await nextPage(page, en.start.title), en.result.title, "Back: the result");
    assert.equal(addressPairs(page.url()).cit, SPOUSE.cit, page.url());
  });
});

// Found by an audit of 2026-12-05: a change of language builds the result anew, and the
// ticks were lost with it, though the page says they are lost only when it is left.
test("(h) the checklist's ticks survive a change of language, and go when the page is left, en/kk", async () => {
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, query({ ...SPOUSE, step: "result" })), en.result.title);
    // The passport's tick box, by its label's words (the label also names the document).
    const tick = (lang) => page.getByRole("checkbox", { name: L[lang].result.tick_label }).and(page.locator("#tick-passport"));
    await tick("en").check();
    await button(page, "Қазақша").click();
    await page.getByRole("heading", { level: 1, name: L.kk.result.title, exact: true }).waitFor({ timeout: 10000 });
    assert.ok(await tick("kk").isChecked(), "still ticked in Kazakh");
    await button(page, L.kk.result.change_answers).click();
    assert.equal(await nextPage(page, L.kk.result.title, "kk"), L.kk.check.title);
    await page.goBack();
    assert.equal(await nextPage(page, L.kk.check.title, "kk"), L.kk.result.title);
    assert.equal(await tick("kk").isChecked(), false, "left and come back: not ticked");
  });
});

test("(h) printing the result: no buttons, tick boxes, at most 2 A4 pages", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, step: "result" }));
    assert.equal(await heading(page), en.result.title);
    const print = button(page, en.result.print);
    assert.ok(await print.isVisible(), "the print button is there on screen");
    const items = checklist(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    const count = await items.count();
    assert.ok(count >= 2, `checklist items: ${count}`);
    // Real tick boxes with a label (kept in memory only), printed as boxes.
    const boxes = () =>
      items.evaluateAll((lis, form) =>
        lis.map((li) => {
          const box = li.querySelector("input[type=checkbox]");
          // The application form is filled in at the office: nothing to tick.
          if (li.querySelector("h3").textContent.trim() === form) return { form: true };
          if (!box) return { shown: false, labelled: false };
          const r = box.getBoundingClientRect();
          const label = li.querySelector(`label[for="${box.id}"]`);
          return {
            shown: getComputedStyle(box).display !== "none" && r.width >= 8 && r.height >= 8,
            labelled: !!label && label.textContent.trim().length > 0,
          };
        }),
      en.documents.application_form);
    await page.emulateMedia({ media: "print" });
    for (const name of [en.result.print, en.result.copy, en.back, "English", "Русский", "Қазақша", en.result.start_again]) {
      assert.equal(
        await button(page, name).isVisible(),
        false,
        `"${name}" hidden when printed`,
      );
    }
    assert.equal(await page.getByRole("button").count(), 0, "no button at all on paper");
    assert.equal(await page.getByLabel(en.result.share_label).isVisible(), false, "no share field on paper");
    const printed = await boxes();
    assert.ok(
      printed.filter((b) => !b.form).length >= 2 && printed.every((b) => b.form || (b.shown && b.labelled)),
      `every checklist item has a visible, labelled tick box: ${JSON.stringify(printed)}`,
    );
    // The printout carries the answers, the print date and the link that restores them.
    assert.ok(await page.getByText(en.result.print_answers_title, { exact: true }).isVisible(), "answers printed");
    assert.ok(await page.getByText(en.result.print_link, { exact: false }).isVisible(), "link printed");
    // No IIN typed: nothing said of one left out.
    assert.ok(!(await page.locator(".print-link").textContent()).startsWith(en.result.print_link_without_iin));
    assert.equal(await page.getByText(en.result.share_text_without_iin).count(), 0);
    assert.equal(await page.getByText(en.result.share_text).count(), 1);
    // A link in a saved PDF, to the answers as the share box gives them (found by an audit:
    // plain text, the only way back to the answers). Its address names the page by its file:
    // Chromium makes no link in a PDF of an address equal to the page's own (a regression
    // audit); the text is the share box's.
    const printedLink = page.locator(".print-link a");
    const shared = await page.getByLabel(en.result.share_label).inputValue();
    const href = await printedLink.getAttribute("href");
    assert.equal(await printedLink.innerText(), shared);
    assert.equal(href, shared.replace("/?", "/index.html?"));
    // page.pdf prints with the emulated media: keep "print" (with "screen" it would print
    // the screen layout).
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `the PDF has ${pages} A4 pages (at most 2)`);
    const uris = [...pdf.toString("latin1").matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(uris.includes(href), `the PDF links the answers: ${uris}`);
    // And the link opens them.
    await page.emulateMedia({ media: "screen" });
    await page.goto(href);
    assert.equal(await heading(page), en.result.title);
  });
});

// (i) --------------------------------------------------------------------------------------
/** Presses Tab until one of `locator`'s elements has focus. */
async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluateAll((els) => els.includes(document.activeElement))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${locator}`);
}

test("(i) a keyboard-only journey, focus on each new heading", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const steps = [];
    const go = async (label) => {
      const before = await heading(page);
      await tabTo(page, button(page, label));
      await page.keyboard.press("Enter");
      const now = await nextPage(page, before);
      steps.push(whichPage(now).step);
      assert.equal(await focusLandsOnHeading(page), "H1", `focus on the h1 of "${now}"`);
      return now;
    };
    /** Picks radio `index` of the group named `group` with Space / arrow keys. */
    const choose = async (group, index) => {
      const radios = page.getByRole("group", { name: group, exact: true }).getByRole("radio");
      await tabTo(page, radios);
      if (index === 0) await page.keyboard.press("Space");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
      assert.ok(await radios.nth(index).isChecked(), `radio ${index} of "${group}" chosen`);
    };
    /** Day, Tab, month, Tab, year: the three date boxes. */
    const typeDate = async (legend, [day, month, year], iso) => {
      const boxes = dateBoxes(page, legend);
      await tabTo(page, boxes.day);
      await page.keyboard.type(day);
      await page.keyboard.press("Tab");
      await page.keyboard.type(month);
      await page.keyboard.press("Tab");
      await page.keyboard.type(year);
      assert.equal(await dateValue(page, legend), iso, `typed ${iso}`);
    };
    /** The autocomplete: a few letters, ArrowDown to the first match, Enter. */
    const typeSelect = async (label, text, value) => {
      const field = countryBox(page, label);
      await tabTo(page, field);
      await page.keyboard.type(text);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      assert.equal(await chosenCountry(page, label), value);
    };
    const q = en.q;
    await go(en.start.button);
    await choose(q.route.title, 2); // in the country
    await go(en.continue_button);
    await typeDate(q.date.title, ["2", "6", "2025"], "2025-06-02");
    await go(en.continue_button);
    await choose(q.has_iin.title, 1); // No
    await go(en.continue_button);
    await typeSelect(q.citizenship.title, "Germ", "DE");
    await go(en.continue_button);
    await choose(q.id_type.title, 0); // passport
    await go(en.continue_button);
    await typeDate(q.id_details.expires_label, ["1", "1", "2030"], "2030-01-01");
    let now = await go(en.continue_button);
    // Any document pages: "No".
    while (whichPage(now).step === "document") {
      await choose(now, 1);
      now = await go(en.continue_button);
    }
    assert.equal(whichPage(now).step, "check");
    await go(en.check.button);
    assert.deepEqual(steps.slice(-2), ["check", "result"], steps.join(" > "));
    assert.ok((await verdictShown(page)) !== null, "a verdict");
  });
});

// Found by an audit (carried since stop 39): no way past the language buttons to the page.
test("the skip link: the keyboard's first stop, to the page, the address unchanged; also before the app has taken over, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    await withPage(async (page) => {
      // The result, with a Back button before its heading.
      await open(page, app.server.url, "/" + query({ ...SPOUSE, lang, step: "result" }));
      const address = page.url();
      await page.keyboard.press("Tab");
      const link = page.locator("a:focus");
      assert.equal((await link.innerText()).trim(), L[lang].skip_to_content);
      const box = await link.boundingBox();
      assert.ok(box && box.width > 20 && box.height > 20, `shown when focused: ${JSON.stringify(box)}`);
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
      assert.equal(page.url(), address, "the answers stay in the address");
      assert.equal(await heading(page), L[lang].result.title);
      await page.keyboard.press("Tab");
      assert.equal((await page.locator("button:focus").innerText()).trim(), L[lang].back);
    });
  }
  // On the pre-rendered page, before the app: the focus to the page, no `#main` in the address
  // (the app would read it as a link's unreadable part), and the page keeps the focus after.
  await withPage(async (page) => {
    const release = await holdWasm(page);
    await page.goto(`${app.server.url}/?lang=ru`, { waitUntil: "domcontentloaded" });
    await page.locator("#prerendered a.skip-link").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.matches("#prerendered main")), true);
    release();
    await page.waitForFunction(() => document.querySelector(".app") && !document.getElementById("prerendered"));
    await page.waitForFunction(() => document.activeElement?.matches(".app main"), null, { timeout: 5000 });
    assert.equal(new URL(page.url()).hash, "");
    assert.equal(await page.locator(".notice").count(), 0, "no notice about the link");
  });
  // A `#main` already in the address (followed before the app's script had arrived): no notice.
  await withPage(async (page) => {
    await open(page, app.server.url, "/?lang=en#main");
    assert.equal(await heading(page), L.en.start.title);
    assert.equal(await page.locator(".notice").count(), 0, "no notice about the link");
  });
});

// (j) --------------------------------------------------------------------------------------
test("(j) at 320 CSS px nothing scrolls sideways", async () => {
  await withPage(
    async (page) => {
      await open(page, app.server.url, "/");
      const wide = [];
      const measure = async (where) => {
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 320) wide.push(`${where}: ${w}px`);
      };
      await walk(page, { ...SPOUSE_PERSON, hasIin: false }, {
        onPage: (step) => measure(step),
        beforeContinue: (step) => measure(`${step} (answered)`),
      });
      // An error state and the IIN field too.
      await open(page, app.server.url, query({ ...SPOUSE, has_iin: undefined, step: "iin" }));
      await radio(page, en.q.has_iin.title, en.yes).check();
      await page.getByRole("textbox", { name: en.q.has_iin.iin_label }).fill("12345");
      await button(page, en.continue_button).click();
      await page.getByRole("heading", { level: 2, name: en.error_summary_title }).waitFor({ timeout: 5000 });
      await measure("has_iin with an error");
      // Russian and Kazakh headings hold long words («засвидетельствованный»): a Chinese
      // spouse gets the pages of the passport's translation and of a translated certificate.
      const chinese = {
        ...SPOUSE_PERSON,
        at: "CN",
        cit: "CN",
        idBy: "CN",
        idLatin: false,
        docs: {
          marriage_certificate: { have: true, issuer: "CN", language: "other", translated: "yes", certified: "apostille" },
        },
      };
      for (const lang of ["ru", "kk"]) {
        await open(page, app.server.url, `/?lang=${lang}`);
        await walk(page, chinese, {
          lang,
          onPage: (step) => measure(`${lang} ${step}`),
          beforeContinue: (step) => measure(`${lang} ${step} (answered)`),
        });
      }
      assert.deepEqual(wide, [], "pages wider than 320 px");
    },
    { viewport: { width: 320, height: 640 } },
  );
});

// Beyond the list: validation and "Check your answers" ----------------------------------
test("Continue with nothing chosen: the error summary takes focus, the title says Error", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", step: "route" }));
    await button(page, en.continue_button).click();
    const summary = page.getByRole("heading", { level: 2, name: en.error_summary_title, exact: true });
    await summary.waitFor({ timeout: 5000 });
    for (let i = 0; i < 30 && !(await summary.evaluate((h2) => document.activeElement?.contains(h2))); i++) {
      await page.waitForTimeout(50);
    }
    assert.ok(
      await summary.evaluate((h2) => document.activeElement?.contains(h2)),
      "focus on the error summary",
    );
    // Focused, it is read with its errors, not only "There is a problem" (found by an audit
    // with a screen reader, 2026-12-06): its description is the list.
    const description = await page.evaluate(() => {
      const box = document.activeElement;
      return (box.getAttribute("aria-describedby") || "").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    });
    assert.ok(description.includes(en.q.route.error), `described by: ${description}`);
    const errorTitle = await settledTitle(page, (t) => t.startsWith(en.error_prefix));
    assert.ok(errorTitle.startsWith(en.error_prefix), `title: ${errorTitle}`);
    // The summary's link leads to the first radio.
    await page.getByRole("link", { name: en.q.route.error }).click();
    const first = radio(page, en.q.route.title, en.q.route.consulate);
    await page.waitForTimeout(100);
    assert.ok(await first.evaluate((el) => el === document.activeElement), "focus on the first radio");
    // The message is tied to the question (fieldset description).
    const group = page.getByRole("group", { name: en.q.route.title, exact: true });
    const described = await group.evaluate((el) =>
      (el.getAttribute("aria-describedby") || "")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent || "")
        .join(" "),
    );
    assert.ok(described.includes(en.q.route.error), `described by the error: ${described}`);
    // Answering clears it.
    await first.check();
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.route.title), en.q.date.title);
    const nextTitle = await settledTitle(page, (t) => !t.startsWith(en.error_prefix));
    assert.ok(!nextTitle.startsWith(en.error_prefix), "no Error: on the next page");
  });
});

// Found while reading the session's changes: the birth-date page and a link refuse a birth
// after the planned date, but moving the planned date back on Check your answers kept it,
// and the applicant read as a child not yet born.
test("Check your answers: a planned date moved before the birth date asks the birth date again", async () => {
  await withPage(async (page) => {
    const child = {
      lang: "en", route: "consulate", at: "DE", date: "2025-06-03", has_iin: "no", cit: "DE", dob: "2025-05-01", cat: "child",
      id: "passport", id_exp: "2030-01-01", id_latin: "yes",
      "doc.birth_certificate": "yes-DE-other-yes-apostille", "doc.parent_kz_identity": "yes-KZ-kk-_-none", step: "check",
    };
    await open(page, app.server.url, query(child));
    assert.equal(await heading(page), en.check.title);
    await button(page, `${en.change} ${en.check.date}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    await fillDate(page, en.q.date.title, "2025-04-25");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.date.title), en.q.birth_date.title_child, "the child's birth date is asked again");
    assert.ok(!page.url().includes("dob="), page.url());
  });
});

test("Check your answers: Change returns to the check page, later answers kept", async () => {
  await withPage(async (page) => {
    // Eligible (apostille done), so the result names a ready date.
    await open(page, app.server.url, query({ ...SPOUSE, "doc.marriage_certificate": "yes-DE-other-yes-apostille", step: "check" }));
    assert.equal(await heading(page), en.check.title);
    await button(page, `${en.change} ${en.check.date}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    assert.equal(await focusLandsOnHeading(page), "H1");
    await fillDate(page, en.q.date.title, "2025-06-03");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.date.title), en.check.title, "back on Check your answers");
    const row = (label) =>
      page
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
        .locator("xpath=following-sibling::*[1]")
        .innerText();
    assert.equal(await row(en.check.date), "3 June 2025");
    assert.equal(await row(en.check.category), en.categories.spouse, "later answers kept");
    assert.ok((await row(en.documents.marriage_certificate)).startsWith(en.check.have_it), "document answer kept");
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    assert.ok(await page.getByText(fmt(en.result.ready_on, { date: "4 June 2025" })).isVisible(), "ready the next working day");
  });
});

// Found by an audit of the address bar and history: the Back button of a page opened by a
// Change link went to the question before it on the path (the browser's Back went to "Check
// your answers"), and the person had to Continue through every page after it to get back.
test("Check your answers: the Back button of a page a Change link opened returns there, also after a reload", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, step: "check" }));
    assert.equal(await heading(page), en.check.title);
    // Another group chosen, then Back: Check again, the answer not taken.
    await button(page, `${en.change} ${en.check.category}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.category.title);
    await radio(page, en.q.category.title, en.categories.investor).check();
    await button(page, en.back).click();
    assert.equal(await nextPage(page, en.q.category.title), en.check.title, "Back: Check your answers");
    const terms = await page.getByRole("definition").allInnerTexts();
    assert.ok(terms.includes(en.categories.spouse), `${terms}`);
    // The date page, reloaded: its Back still returns to Check.
    await button(page, `${en.change} ${en.check.date}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    await page.reload();
    assert.equal(await heading(page), en.q.date.title);
    await button(page, en.back).click();
    assert.equal(await nextPage(page, en.q.date.title), en.check.title, "Back after a reload: Check");
    // A page reached by Continue keeps the Back of the path: from Check, the last question.
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
  });
});

// Found by a regression audit of the test above's fix: after a Change and Continue to a question
// the change asks anew, Back went along the path (the identity document, the group...), not to
// the changed page; and Back from the changed page then led forward, to the new question.
test("after a Change, Back retraces the pages the person came through, never forward to an unanswered question", async () => {
  await withPage(async (page) => {
    const investor = { ...declared2025("2026-12-14"), step: "check" };
    await open(page, app.server.url, query(investor));
    assert.equal(await heading(page), en.check.title);
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.citizenship.title);
    await chooseCountry(page, en.q.citizenship.title, "CN");
    await button(page, en.continue_button).click();
    const asked = await nextPage(page, en.q.citizenship.title);
    assert.notEqual(asked, en.check.title, "China's passport asks a new question");
    // Reloaded, the new question's Back still returns to the citizenship page.
    await page.reload();
    assert.equal(await heading(page), asked);
    await button(page, en.back).click();
    assert.equal(await nextPage(page, asked), en.q.citizenship.title, "Back: the changed page");
    assert.equal(await chosenCountry(page, en.q.citizenship.title), "CN");
    // Check cannot be shown with a question unanswered: Back goes to the question before on
    // the path, not forward to the new question.
    await button(page, en.back).click();
    const before = await nextPage(page, en.q.citizenship.title);
    assert.notEqual(before, asked);
    assert.notEqual(before, en.check.title);
  });
});

// Found by a second regression audit: a date changed to one with no rules for the way leads
// straight to the result; "Change your answers" there, then Back twice, came back to Check
// (the Change link's way back was still kept).
test("after a Change that ends on the result, Back from Check walks the path, not back to Check", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, step: "check" }));
    await button(page, `${en.change} ${en.check.date}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    await fillDate(page, en.q.date.title, "2026-12-14");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.date.title), en.result.title);
    await button(page, en.result.change_answers).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    await button(page, en.back).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    await button(page, en.back).click();
    assert.notEqual(await nextPage(page, en.q.date.title), en.check.title);
  });
});

// Found on Check your answers: a correction through a representative, then "Already have an
// IIN" changed to "No". The kept purpose counted: the result said the IIN "cannot be corrected
// this way", and Check your answers stopped at the citizenship.
test("Check your answers: 'no IIN' after choosing a correction leads to a new IIN, the old answers kept but not counted", async () => {
  await withPage(async (page) => {
    const correction = {
      lang: "en", route: "in_country", date: "2026-12-04", has_iin: "yes", purpose: "correction", cit: "DE",
      id: "passport", id_by: "DE", id_exp: "2030-01-01", id_latin: "yes", rep: "yes",
      "doc.changed_data_certificate": "yes-KZ-kk-_-_", "doc.power_of_attorney": "yes-KZ-ru-_-_", step: "check",
    };
    await open(page, app.server.url, query(correction));
    assert.equal(await heading(page), en.check.title);
    await button(page, `${en.change} ${en.check.has_iin}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.has_iin.title);
    await radio(page, en.q.has_iin.title, en.no).check();
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.has_iin.title), en.check.title);
    const terms = await page.getByRole("term").allInnerTexts();
    for (const asked of [en.check.citizenship, en.check.id_type, en.check.id_expires]) {
      assert.ok(terms.includes(asked), `${asked} in ${terms}`);
    }
    for (const notAsked of [en.check.purpose, en.check.represented]) {
      assert.ok(!terms.includes(notAsked), `${notAsked} not in ${terms}`);
    }
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(verdictSaid("verdict_eligible", "in_country", "en")), main);
    assert.ok(main.includes(en.result.next_in_person) || main.includes(en.result.next_in_person_child), main);
    assert.ok(!main.includes(en.reasons.no_iin_to_correct), main);
    assert.ok(!main.includes(en.reasons.personal_appearance_required), main);
    // Changed back, the correction and its representative return.
    await page.goBack();
    await button(page, `${en.change} ${en.check.has_iin}`).click();
    await radio(page, en.q.has_iin.title, en.yes).check();
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.has_iin.title), en.check.title);
    const again = await page.getByRole("term").allInnerTexts();
    assert.ok(again.includes(en.check.represented), `${again}`);
  });
});

// Found by an audit of people who change their minds: the German spouse changed her
// citizenship to Kazakh on Check your answers; Check showed five answers, but the result
// still listed her marriage certificate and its notes (from answers no page asks any more),
// and the link to her answers still carried them.
test("an answer no page asks any more decides nothing on the result and is not in the link", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, step: "check" }));
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.citizenship.title);
    await chooseCountry(page, en.q.citizenship.title, "KZ");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.citizenship.title), en.check.title);
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    // Folds included: the reference list is in one.
    const all = await page.getByRole("main").textContent();
    assert.ok(!all.includes(en.documents.marriage_certificate), all);
    const link = await page.getByLabel(en.result.share_label, { exact: true }).inputValue();
    for (const gone of ["cat=", "doc.", "id=", "id_exp="]) {
      assert.ok(!link.includes(gone), `${gone} in ${link}`);
      assert.ok(!page.url().includes(gone), `${gone} in ${page.url()}`);
    }
    // Changed back, her answers return (kept in memory).
    await button(page, en.result.change_answers).click();
    await nextPage(page, en.result.title);
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    await nextPage(page, en.check.title);
    await chooseCountry(page, en.q.citizenship.title, "DE");
    await button(page, en.continue_button).click();
    // Back to the same passport through Kazakhstan's citizenship: nothing asked again.
    assert.equal(await nextPage(page, en.q.citizenship.title), en.check.title);
    const terms = await page.getByRole("term").allInnerTexts();
    assert.ok(terms.includes(en.documents.marriage_certificate), `${terms}`);
  });
});

// Found by an audit of people who change their minds: the browser's Back to the group page,
// another group chosen, and the identity pages came up empty (each history entry held only
// the answers given up to its page); the app's own Back link kept them. And after a switch
// to Russian, Back showed Russian under `lang=en`, so a reload turned it English.
test("the browser's Back keeps the later answers, and the address keeps the language on screen", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/?lang=en");
    await walk(page, SPOUSE_PERSON, { stopAt: "check" });
    for (let i = 0; i < 12 && (await heading(page)) !== en.q.category.title; i++) {
      await page.goBack();
      await page.waitForTimeout(150);
    }
    assert.equal(await heading(page), en.q.category.title);
    await radio(page, en.q.category.title, en.categories.investor).check();
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.category.title), en.q.id_type.title);
    assert.ok(await radio(page, en.q.id_type.title, en.q.id_type.passport).isChecked(), "the passport kept");
    await button(page, en.continue_button).click();
    const expiry = await nextPage(page, en.q.id_type.title);
    assert.equal(await dateValue(page, expiry), "2030-01-01", "its expiry kept");

    const ru = L.ru;
    await button(page, "Русский").click();
    await page.goBack();
    assert.equal(await heading(page), ru.q.id_type.title);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("lang") === "ru");
    await page.reload();
    assert.equal(await heading(page), ru.q.id_type.title, "a reload keeps Russian");
  });
});

// Found by an audit of people who change their minds: a reload on the page a Change link
// opened, and Continue went through every later page instead of back to Check your answers.
test("a page opened from Check your answers returns there after a reload, and after Back and Forward", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, step: "check" }));
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.citizenship.title);
    await page.reload();
    assert.equal(await heading(page), en.q.citizenship.title);
    await chooseCountry(page, en.q.citizenship.title, "AT");
    await button(page, en.continue_button).click();
    // Another passport: its expiry is asked again (stop 53), then back to Check.
    assert.equal(await nextPage(page, en.q.citizenship.title), en.q.id_details.expires_label);
    await fillDate(page, en.q.id_details.expires_label, "2031-02-03");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.id_details.expires_label), en.check.title);
    await page.goBack();
    assert.equal(await nextPage(page, en.check.title), en.q.id_details.expires_label);
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.id_details.expires_label), en.check.title);
  });
});

// Found by a review and an audit of this stop's history change: a link pasted into the tab
// (another person's), then Back, filled the first person's pages with the pasted person's
// answers; and the typed IIN of one person came back on another's pages.
test("a link pasted into the tab, or Start again, is another person: Back never mixes their answers or their IIN", async () => {
  await withPage(async (page) => {
    // The first person, with an IIN typed, at Check your answers.
    // (An IIN already held, and a new one asked for: the journey ends at the citizenship.)
    const first = { lang: "en", route: "in_country", date: "2026-12-07", has_iin: "yes", purpose: "formation", cit: "DE", step: "iin" };
    await open(page, app.server.url, query(first));
    await radio(page, en.q.has_iin.title, en.yes).check();
    await page.getByRole("textbox", { name: en.q.has_iin.iin_label }).fill("850101300015");
    await button(page, en.continue_button).click();
    await nextPage(page, en.q.has_iin.title);
    // A second person's link, pasted: only what follows '#' differs.
    const pasted = query({ ...SPOUSE, cit: "CN", cat: "investor", id_latin: "no", step: "category" });
    await page.goto(app.server.url + "/" + pasted);
    assert.equal(await heading(page), en.q.category.title);
    assert.ok(!(await page.getByRole("main").innerText()).includes("850101300015"));
    await page.goBack();
    await page.waitForTimeout(300);
    const main = await page.getByRole("main").innerText();
    assert.ok(!main.includes(en.categories.investor), main);
    assert.ok(!page.url().includes("cat="), page.url());
    // Start again, a second person with another IIN, then Back to the first person's pages.
    await page.goto(app.server.url + "/" + query({ ...first, step: "check" }));
    await page.waitForTimeout(300);
    await button(page, en.check.button).click();
    await nextPage(page, en.check.title);
    await button(page, en.result.start_again).click();
    await nextPage(page, en.result.title);
    await walk(page, { route: "in_country", date: "2026-12-07" }, { stopAt: "has_iin" });
    await radio(page, en.q.has_iin.title, en.yes).check();
    await page.getByRole("textbox", { name: en.q.has_iin.iin_label }).fill("900303400011");
    await button(page, en.continue_button).click();
    await nextPage(page, en.q.has_iin.title);
    for (let i = 0; i < 8 && (await heading(page)) !== en.check.title; i++) {
      await page.goBack();
      await page.waitForTimeout(200);
    }
    assert.equal(await heading(page), en.check.title);
    assert.ok(!(await page.getByRole("main").innerText()).includes("900303400011"));
  });
});

// Found by a review: the date page left open past midnight kept yesterday as "today".
test("the date page left open past midnight fills in the new day", async () => {
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-07T18:50:00Z") });
      const title = await open(page, app.server.url, query({ lang: "en", route: "in_country", step: "date" }));
      assert.equal(await dateValue(page, title), "2026-12-07");
      await page.clock.fastForward(20 * 60 * 1000);
      await page.waitForFunction(() => document.querySelector("#date-day")?.value === "8");
      assert.equal(await dateValue(page, title), "2026-12-08");
    },
    { timezoneId: "Asia/Almaty" },
  );
});

// Found by an audit of the address bar: after the browser's Back the page kept the later
// answers in memory, but its address did not, so a reload lost every later answer with no word.
test("after the browser's Back, a reload keeps the later answers the page keeps", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    await walk(page, SPOUSE_PERSON, { stopAt: "check" });
    assert.equal(await heading(page), en.check.title);
    for (let i = 0; i < 12 && (await heading(page)) !== en.q.category.title; i++) {
      await page.goBack();
      await page.waitForTimeout(300);
    }
    assert.equal(await heading(page), en.q.category.title);
    await page.reload();
    assert.equal(await heading(page), en.q.category.title);
    // The address after the reload holds them too, for a copy.
    await page.waitForFunction(() => location.hash.includes("id=passport"), null, { timeout: 5000 }).catch(() => {});
    const pairs = addressPairs(page.url());
    assert.equal(pairs.step, "category", page.url());
    assert.equal(pairs.id, "passport", page.url());
    assert.equal(pairs.id_exp, "2030-01-01", page.url());
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.category.title), en.q.id_type.title);
    assert.ok(await radio(page, en.q.id_type.title, en.q.id_type.passport).isChecked(), "the passport answer kept");
  });
});

// Found by a regression audit of the test above's fix: the answers written into an earlier
// entry's address came back after Back and undid an answer changed later ("stateless" given
// after Forward, then Germany again two entries back).
test("an answer changed after Back and Forward stays changed when Back returns to an earlier page", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    await walk(page, SPOUSE_PERSON, { stopAt: "check" });
    const step = async () => whichPage(await heading(page)).step;
    for (let i = 0; i < 15 && (await step()) !== "has_iin"; i++) {
      await page.goBack();
      await page.waitForTimeout(300);
    }
    assert.equal(await step(), "has_iin");
    await page.goForward();
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText === t, en.q.citizenship.title, { timeout: 10000 });
    await countryBox(page, en.q.citizenship.title).fill(en.q.citizenship.stateless);
    await page.getByRole("option", { name: en.q.citizenship.stateless, exact: true }).click();
    await button(page, en.continue_button).click();
    await nextPage(page, en.q.citizenship.title);
    for (let i = 0; i < 15 && (await step()) !== "has_iin"; i++) {
      await page.goBack();
      await page.waitForTimeout(300);
    }
    assert.equal(await step(), "has_iin");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.has_iin.title), en.q.citizenship.title);
    assert.equal(await countryBox(page, en.q.citizenship.title).inputValue(), en.q.citizenship.stateless);
    assert.equal(addressPairs(page.url()).cit, "stateless", page.url());
  });
});

// Found by the same audit: a consulate's page (its country preset) and "Rules and sources"
// reloaded: its Back button skipped the start page for the date question.
test("Rules and sources, reloaded on a consulate's page with nothing answered: Back to the start page", async () => {
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, "/?lang=en&country=DE"), en.start.title);
    await page.getByRole("link", { name: en.rules.link, exact: true }).first().click();
    assert.equal(await nextPage(page, en.start.title), en.rules.title);
    await page.reload();
    assert.equal(await heading(page), en.rules.title);
    await button(page, en.back).first().click();
    assert.equal(await nextPage(page, en.rules.title), en.start.title);
  });
});

// Found by the same audit: "Rules and sources" opened from the result and reloaded (or opened
// in a new tab) sent its Back button to the start page.
test("Rules and sources, reloaded: its Back button returns to the result", async () => {
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, query({ ...SPOUSE, step: "result" })), en.result.title);
    await page.getByRole("link", { name: en.rules.link, exact: true }).first().click();
    assert.equal(await nextPage(page, en.result.title), en.rules.title);
    await page.reload();
    assert.equal(await heading(page), en.rules.title);
    await button(page, en.back).first().click();
    assert.equal(await nextPage(page, en.rules.title), en.result.title);
  });
});

// Found by a regression audit: on the consular way with no rules in force (the journey ends on
// the result after the date), "Change your answers" opened "Check your answers", and a reload
// of that address showed the result again.
test("a closed way's Check page reloads as itself", async () => {
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2026-12-07T09:00:00Z"));
    await open(page, app.server.url, query({ lang: "en", route: "consulate", at: "DE", date: "2026-12-16", step: "result" }));
    assert.equal(await heading(page), en.result.title);
    await button(page, en.result.change_answers).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    await page.reload();
    await page.waitForFunction((t) => document.querySelector("h1")?.innerText === t, en.check.title, { timeout: 10000 });
    assert.equal(await heading(page), en.check.title);
  });
});

// Found by a regression audit: back on the date page with today's date answered, past midnight
// the page kept "Today's date ... is filled in" beside yesterday's date.
test("past midnight the date page no longer calls an answered date today's", async () => {
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-07T18:50:00Z") });
      const title = await open(
        page,
        app.server.url,
        query({ lang: "en", route: "in_country", date: "2026-12-07", step: "date" }),
      );
      const main = page.getByRole("main");
      assert.ok((await main.innerText()).includes(en.q.date.hint_today_kazakhstan));
      await page.clock.fastForward(20 * 60 * 1000);
      await page.waitForFunction(
        (note) => !document.querySelector("main")?.innerText.includes(note),
        en.q.date.hint_today_kazakhstan,
        { timeout: 5000 },
      );
      assert.equal(await dateValue(page, title), "2026-12-07");
    },
    { timezoneId: "Asia/Almaty" },
  );
});

// Found by a regression audit: another date typed, then today's typed back, and the note that
// the boxes hold today's date did not return (the boxes hold another text than the first).
test("the date page's note on today's date follows the boxes: gone for another day, back for today", async () => {
  await withPage(
    async (page) => {
      await page.clock.setFixedTime(new Date("2026-12-07T08:00:00Z"));
      const title = await open(page, app.server.url, query({ lang: "en", route: "in_country", step: "date" }));
      const main = page.getByRole("main");
      assert.ok((await main.innerText()).includes(en.q.date.hint_today_kazakhstan), "at first");
      await fillDate(page, title, "2026-12-09");
      assert.ok(!(await main.innerText()).includes(en.q.date.hint_today_kazakhstan), "another day");
      await fillDate(page, title, "2026-12-07");
      assert.ok((await main.innerText()).includes(en.q.date.hint_today_kazakhstan), "today again");
      // Not beside an error still shown for the boxes (a regression audit).
      await dateBoxes(page, title).day.fill("");
      await button(page, en.continue_button).click();
      await page.getByRole("heading", { level: 2, name: en.error_summary_title }).waitFor({ timeout: 5000 });
      await dateBoxes(page, title).day.fill("7");
      assert.ok(!(await main.innerText()).includes(en.q.date.hint_today_kazakhstan), "beside an error");
    },
    { timezoneId: "Asia/Almaty" },
  );
});

// Found by an audit: in New York on Friday evening, a consulate's page filled in Friday; "See
// what to bring to a Public Service Centre" kept it, and the result said that day had passed
// (it is Saturday in Kazakhstan), a date the applicant never typed.
test("the way to a Public Service Centre takes Kazakhstan's day where the consulate's was today", async () => {
  await withPage(
    async (page) => {
      await page.clock.setFixedTime(new Date("2026-12-05T01:30:00Z"));
      await open(page, app.server.url, "/" + query({ lang: "en", country: "DE" }));
      await button(page, en.start.button).click();
      const title = await nextPage(page, en.start.title);
      assert.equal(title, en.q.date.title);
      assert.equal(await dateValue(page, title), "2026-12-04");
      await button(page, en.continue_button).click();
      await walk(page, { hasIin: false, cit: "DE" }, { stopAt: "result" });
      await button(page, en.result.instead_in_country_button).click();
      await page.waitForFunction(() => location.hash.includes("date=2026-12-05"));
    },
    { timezoneId: "America/New_York" },
  );
});

// Found by an audit of people who change their minds (stop 54): the same on "Check your
// answers": the way changed there kept the day that was today for the way before, and the
// result said that day had passed. The other way round too, and with the app's Back.
test("a Change of the way takes that way's today where the date was the other way's today", async () => {
  await withPage(
    async (page) => {
      // 20:30 on 6 December in New York: 7 December in Kazakhstan.
      await page.clock.setFixedTime(new Date("2026-12-07T01:30:00Z"));
      await open(page, app.server.url, "/?lang=en");
      await walk(page, { route: "consulate", cit: "DE", hasIin: false }, { stopAt: "date" });
      assert.equal(await dateValue(page, en.q.date.title), "2026-12-06");
      await button(page, en.continue_button).click();
      await nextPage(page, en.q.date.title);
      await button(page, en.result.change_answers).click();
      await nextPage(page, en.result.title);
      await button(page, `${en.change} ${en.check.route}`).click();
      await nextPage(page, en.check.title);
      await radio(page, en.q.route.title, en.q.route.in_country).check();
      await button(page, en.continue_button).click();
      await page.waitForFunction(() => location.hash.includes("date=2026-12-07"));
    },
    { timezoneId: "America/New_York" },
  );
  await withPage(
    async (page) => {
      // 01:30 on 7 December in Tokyo: still 6 December in Kazakhstan.
      await page.clock.setFixedTime(new Date("2026-12-06T16:30:00Z"));
      await open(page, app.server.url, "/?lang=en");
      await walk(page, { route: "in_country", cit: "DE", hasIin: false }, { stopAt: "date" });
      assert.equal(await dateValue(page, en.q.date.title), "2026-12-06");
      await button(page, en.continue_button).click();
      await nextPage(page, en.q.date.title);
      // Back to the way, with the app's Back link: the consulate's today is the 7th.
      for (let i = 0; i < 6 && (await heading(page)) !== en.q.route.title; i++) {
        const now = await heading(page);
        await button(page, en.back).click();
        await nextPage(page, now);
      }
      await radio(page, en.q.route.title, en.q.route.consulate).check();
      await button(page, en.continue_button).click();
      await nextPage(page, en.q.route.title);
      await page.waitForFunction(() => location.hash.includes("date=2026-12-07"));
    },
    { timezoneId: "Asia/Tokyo" },
  );
});

// Found by an audit of people who change their minds (stop 54): the way changed on "Check your
// answers" to the ministry, which offers no spouse's group, went straight back to Check, which
// still said "Your group: Spouse of a Kazakhstan citizen".
test("a group the new way does not offer is asked again; the way changed back, it is back", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/" + query({ ...SPOUSE, step: "check" }));
    assert.equal(await heading(page), en.check.title);
    await button(page, `${en.change} ${en.check.route}`).click();
    await nextPage(page, en.check.title);
    await radio(page, en.q.route.title, en.q.route.mfa).check();
    await button(page, en.continue_button).click();
    // The date and the answers before the group stand: the group's page, nothing chosen.
    let now = await nextPage(page, en.q.route.title);
    while (now !== en.q.category.title && now !== en.check.title) {
      await button(page, en.continue_button).click();
      now = await nextPage(page, now);
    }
    assert.equal(now, en.q.category.title);
    assert.equal(await page.getByRole("radio", { checked: true }).count(), 0);
    assert.ok(!addressPairs(page.url()).cat, page.url());
  });
});

// Found by a review of this stop's page rebuild: after Start, a Continue with nothing chosen
// put the focus on the heading instead of the error summary; a language switch moved it from
// the button to the heading; a page built anew for the same step left it on nothing.
test("focus: the error summary after a failed Continue, the language button after a switch, the heading of a page built anew", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/?lang=en");
    await button(page, en.start.button).click();
    assert.equal(await nextPage(page, en.start.title), en.q.route.title);
    await button(page, en.continue_button).click();
    await page.locator("#error-summary").waitFor();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary");
    await button(page, "Русский").click();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Русский");
    // The same page with other answers (a link pasted into the tab): its heading.
    await page.goto(app.server.url + "/" + query({ ...SPOUSE, lang: "ru", step: "route" }));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
  });
});

// Found by a review: a consulate's date page in Berlin was built anew at midnight in Almaty,
// the date typed lost.
test("a consulate's date page keeps what is typed when the day changes only in Kazakhstan", async () => {
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-07T18:50:00Z") });
      const title = await open(page, app.server.url, query({ lang: "en", route: "consulate", at: "DE", step: "date" }));
      await fillDate(page, title, "2026-12-20");
      await page.clock.fastForward(20 * 60 * 1000);
      await page.waitForTimeout(300);
      assert.equal(await dateValue(page, title), "2026-12-20");
    },
    { timezoneId: "Europe/Berlin" },
  );
});

// The date boxes and the country autocomplete ---------------------------------------------
test("date boxes: each wrong box has its own error, linked from the summary, the box marked", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ lang: "en", route: "in_country", step: "date" }));
    assert.equal(title, en.q.date.title);
    const boxes = dateBoxes(page, title);
    await boxes.day.fill("");
    await boxes.month.fill("13");
    await boxes.year.fill("26");
    await button(page, en.continue_button).click();
    const t = en.date_input;
    const link = (name) => page.getByRole("link", { name, exact: true });
    await link(t.error_day_missing).waitFor({ timeout: 5000 });
    assert.ok(await link(t.error_month_range).isVisible());
    assert.ok(await link(t.error_year_digits).isVisible());
    for (const b of [boxes.day, boxes.month, boxes.year]) {
      assert.equal(await b.getAttribute("aria-invalid"), "true");
    }
    // A summary link takes focus to its box.
    await link(t.error_month_range).click();
    await page.waitForFunction(() => document.activeElement?.id === "date-month", null, { timeout: 5000 });
    // 31 April does not exist; the month and year are fine now.
    await boxes.day.fill("31");
    await boxes.month.fill("4");
    await boxes.year.fill("2026");
    await button(page, en.continue_button).click();
    await link(fmt(t.error_impossible, { last: 30 })).waitFor({ timeout: 5000 });
    assert.equal(await page.getByRole("link").filter({ hasText: t.error_month_range }).count(), 0);
    await boxes.day.fill("30");
    await button(page, en.continue_button).click();
    assert.notEqual(await nextPage(page, title), title);
  });
});

// Found reading the date page on 3 December 2026: its hint still gave "27 3 2026" as the
// example of a day to apply, and the birth date and expiry pages gave the same one.
test("each date page's example fits its question and today's date, en/ru/kk", async () => {
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2026-12-03T09:00:00"));
    const pages = [
      [{ route: "in_country", step: "date" }, "q.date.title", "27 3 2027"],
      [{ route: "consulate", at: "CN", date: "2025-06-03", has_iin: "no", cit: "CN", cat: "senior", step: "birth-date" }, "q.birth_date.title", "27 3 1980"],
      // A child's, not an adult's (found by an audit: a parent typed their own, as the example).
      [{ route: "consulate", at: "CN", date: "2025-06-03", has_iin: "no", cit: "CN", cat: "child", step: "birth-date" }, "q.birth_date.title_child", "27 3 2020"],
      [{ route: "in_country", date: "2026-12-10", has_iin: "no", cit: "TR", id: "passport", step: "identity-expiry" }, "q.id_details.expires_label", "27 3 2030"],
    ];
    for (const lang of ["en", "ru", "kk"]) {
      const t = L[lang];
      for (const [state, titleKey, example] of pages) {
        const title = await open(page, app.server.url, query({ lang, ...state }));
        assert.equal(title, titleKey.split(".").reduce((o, k) => o[k], t), `${lang} ${state.step}`);
        const hint = await page.locator("#main .hint").first().innerText();
        // The example, then only "today's date is filled in" where it is (said last since the
        // note comes and goes with the boxes' date).
        const tail = hint.replace(` ${t.q.date.hint_today_kazakhstan}`, "").replace(` ${t.q.date.hint_today}`, "");
        assert.ok(tail.endsWith(fmt(t.date_hint, { example })), `${lang} ${state.step}: ${hint}`);
      }
    }
  });
});

// Found by an audit of time zones: the app read the clock once, at load. A tab brought back
// 15 days later offered 5 December as "today" and gave a result for that day with no word
// that it had passed.
test("a page brought back days later counts from the new day: the date page fills it in, a result for a day now past says so", async () => {
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-05T06:00:00Z") });
      // A result for today, then the tab left for 15 days (a phone restoring it).
      const person = { route: "in_country", date: "2026-12-05", has_iin: "no", cit: "DE", id: "passport", id_by: "DE", id_exp: "2027-12-10", id_latin: "yes" };
      await open(page, app.server.url, query({ lang: "en", ...person, step: "result" }));
      const past = fmt(en.result.past_date, { date: "5 December 2026" });
      assert.ok(!(await page.getByRole("main").innerText()).includes(past), "today is not in the past");
      await page.clock.fastForward(15 * 24 * 3600 * 1000);
      await page.getByRole("main").getByText(past, { exact: true }).waitFor({ timeout: 5000 });
      // A new journey in the same tab: the date page fills in the day it is now.
      await page.getByRole("button", { name: en.result.start_again, exact: true }).click();
      await nextPage(page, en.result.title);
      await walk(page, { route: "in_country" }, { stopAt: "date" });
      assert.equal(await dateValue(page, en.q.date.title), "2026-12-20");
    },
    { timezoneId: "Asia/Almaty" },
  );
});

// Found by an audit of time zones: in New York on Friday at 20:30 it is already Saturday in
// Almaty; a Public Service Centre's "today" was the device's Friday (ready on Monday, where
// an office would have said closed, ready on Tuesday). And "Today is filled in" stood beside
// an answer given for another day.
test("the date page fills in Kazakhstan's day for its offices, the device's for a consulate, and says so only beside today, en/ru/kk", async () => {
  await withPage(
    async (page) => {
      await page.clock.setFixedTime(new Date("2026-12-05T01:30:00Z"));
      for (const lang of ["en", "ru", "kk"]) {
        const t = L[lang];
        const cases = [
          [{ route: "in_country", step: "date" }, "2026-12-05", t.q.date.hint_today_kazakhstan],
          [{ route: "consulate", at: "US", step: "date" }, "2026-12-04", t.q.date.hint_today],
          [{ route: "in_country", date: "2027-03-12", step: "date" }, "2027-03-12", null],
        ];
        for (const [state, shown, note] of cases) {
          const title = await open(page, app.server.url, query({ lang, ...state }));
          assert.equal(await dateValue(page, title, lang), shown, `${lang} ${state.route}`);
          const hint = await page.locator("#main .hint").first().innerText();
          for (const sentence of [t.q.date.hint_today, t.q.date.hint_today_kazakhstan]) {
            assert.equal(hint.includes(sentence), sentence === note, `${lang} ${state.route} ${shown}: ${hint}`);
          }
        }
      }
    },
    { timezoneId: "America/New_York" },
  );
});

// Found by an audit of dates (2026-12-06): "Today's date in Kazakhstan is filled in" stayed
// beside 29 2 2027 typed over it, under the error about that date.
test("the date page's 'today is filled in' goes once another date is typed, and stays gone after an error and a language change", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ lang: "ru", route: "in_country", step: "date" }));
    const hint = page.locator("#main .hint").first();
    assert.ok((await hint.innerText()).includes(L.ru.q.date.hint_today_kazakhstan));
    const boxes = dateBoxes(page, title, "ru");
    await boxes.day.fill("29");
    await boxes.month.fill("2");
    await boxes.year.fill("2027");
    assert.ok(!(await hint.innerText()).includes(L.ru.q.date.hint_today_kazakhstan), await hint.innerText());
    await button(page, L.ru.continue_button).click();
    await page.locator("#error-summary").waitFor({ timeout: 5000 });
    assert.ok(!(await hint.innerText()).includes(L.ru.q.date.hint_today_kazakhstan), await hint.innerText());
    await button(page, "English").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const en = await page.locator("#main .hint").first().innerText();
    assert.ok(en.includes(L.en.q.date.hint), en);
    assert.ok(!en.includes(L.en.q.date.hint_today_kazakhstan), en);
  });
});

test("date boxes in Kazakh and Russian: labelled День/Месяц/Год, Күн/Ай/Жыл", async () => {
  await withPage(async (page) => {
    for (const lang of ["ru", "kk"]) {
      const title = await open(page, app.server.url, query({ lang, route: "in_country", date: "2025-06-02", step: "date" }));
      assert.equal(title, L[lang].q.date.title);
      assert.equal(await dateValue(page, title, lang), "2025-06-02", `${lang}: the boxes show the answer`);
      const boxes = dateBoxes(page, title, lang);
      assert.equal(await boxes.day.getAttribute("inputmode"), "numeric");
      await boxes.year.fill("");
      await button(page, L[lang].continue_button).click();
      await page.getByRole("link", { name: L[lang].date_input.error_year_missing, exact: true }).waitFor({ timeout: 5000 });
    }
  });
});

const CITIZENSHIP = { lang: "en", route: "in_country", date: "2025-06-02", has_iin: "no", step: "citizenship" };

test("country autocomplete by keyboard: 'turk', ArrowDown, Enter chooses Türkiye; names a screen reader reads", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query(CITIZENSHIP));
    // The combobox's accessible name is the question.
    const box = countryBox(page, title);
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    // One control on screen: the native select it enhances is hidden (and kept in step).
    assert.equal(await page.getByRole("combobox").count(), 1, "no second, visible select");
    assert.ok(await page.locator("select").isHidden(), "the native select is hidden");
    await box.focus();
    await page.keyboard.type("turk");
    const listbox = page.getByRole("listbox", { name: title, exact: true });
    await listbox.waitFor({ timeout: 5000 });
    assert.equal(await box.getAttribute("aria-expanded"), "true");
    const options = await listbox.getByRole("option").allInnerTexts();
    assert.deepEqual(options.slice(0, 3), ["Türkiye", "Turkmenistan", "Turks and Caicos Islands"]);
    // The number of results is announced politely.
    const status = page.getByRole("status").filter({ hasText: fmt(en.country_search.results_many, { count: options.length }) });
    await status.waitFor({ state: "attached", timeout: 5000 });
    await page.keyboard.press("ArrowDown");
    const turkiye = listbox.getByRole("option", { name: "Türkiye", exact: true });
    assert.equal(await turkiye.getAttribute("aria-selected"), "true");
    assert.equal(await box.getAttribute("aria-activedescendant"), await turkiye.getAttribute("id"));
    await page.keyboard.press("Enter");
    assert.equal(await box.inputValue(), "Türkiye");
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    assert.equal(await chosenCountry(page, title), "TR");
    assert.equal(await heading(page), title, "Enter chose; it did not send the form");
    await page.keyboard.press("Enter");
    assert.notEqual(await nextPage(page, title), title, "a second Enter continues");
  });
});

// Found by an audit of 2026-12-05: a name typed in full, then Continue pressed at once, did
// nothing at the first press. The list closed as the box lost focus, the button moved up under
// the pointer, and the press ended beside it. With a mouse and with a finger, en/ru/kk.
test("a country name typed in full: the first press of Continue goes on, with a mouse and a finger, en/ru/kk", async () => {
  for (const [lang, touch] of [["en", false], ["ru", true], ["kk", false]]) {
    const options = touch ? { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } } : {};
    await withPage(async (page) => {
      const title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang }));
      await countryBox(page, title).fill(countryName("UZ", lang));
      await page.getByRole("listbox", { name: title, exact: true }).waitFor({ timeout: 5000 });
      const next = button(page, L[lang].continue_button);
      if (touch) await next.tap();
      else await next.click();
      assert.equal(await nextPage(page, title, lang, 3000), L[lang].q.id_type.title, `${lang}: one press goes on`);
    }, options);
  }
});

// Found by an audit of a phone in the hand (stop 57): a second tap on Continue, on a slow
// phone, landed on the next page's answer now under the finger and chose it unasked ("I don't
// know" for the IIN, "Yes" for the passport's letters, "Kazakhstan" for a German certificate).
test("a double tap on Continue does not answer the next question; a single tap there a moment later does", async () => {
  const touch = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } };
  for (const gap of [80, 300]) {
    await withPage(async (page) => {
      const title = await open(page, app.server.url, query({ lang: "en", route: "in_country", step: "date" }));
      await fillDate(page, title, "2026-12-08");
      const box = await button(page, en.continue_button).boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(gap);
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(700);
      assert.equal(await heading(page), en.q.has_iin.title, `gap ${gap} ms`);
      assert.equal(await page.locator("input[type=radio]:checked").count(), 0, `gap ${gap} ms: nothing chosen`);
      assert.equal(await page.getByRole("alert").count(), 0, `gap ${gap} ms: no error`);
      // A tap of the person's own, once the page is read, chooses.
      const answer = page.getByRole("radio").first();
      const at = await answer.boundingBox();
      await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
      assert.ok(await answer.isChecked());
    }, touch);
  }
  // A deliberate tap elsewhere on the new page at once is taken (found by a regression audit:
  // an answer changed 430 ms after "Change" was lost).
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", cit: "DE", id: "passport", id_exp: "2030-01-01", id_latin: "yes", step: "check" }));
    const change = await page.getByRole("button", { name: `${en.change} ${en.check.has_iin}` }).boundingBox();
    await page.touchscreen.tap(change.x + change.width / 2, change.y + change.height / 2);
    await page.getByRole("heading", { level: 1, name: en.q.has_iin.title }).waitFor();
    const yes = page.getByRole("radio").first();
    const at = await yes.boundingBox();
    assert.ok(Math.hypot(at.x - change.x, at.y - change.y) > 40);
    await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
    assert.ok(await yes.isChecked(), "taken at once");
  }, touch);
});

// Found by the same audit: a phone's Go key in the country box, one country listed, sent the
// form ("Choose your citizenship"); and with the keyboard up, the list opened under it.
test("the country box on a phone: Go takes the one country found, never one of several; the box rises above the keyboard", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query(CITIZENSHIP));
    const box = countryBox(page, title);
    await box.fill("Germ");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.keyboard.press("Enter");
    assert.equal(await chosenCountry(page, title), "DE");
    assert.equal(await heading(page), title, "Go chose; it did not send the form");
    // Several found, none picked: nothing is chosen for the person (a first one highlighted
    // was often not the one meant); the form says to choose.
    await box.fill("United");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    assert.ok((await page.getByRole("option").count()) > 1);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    assert.equal(await chosenCountry(page, title), "");
    assert.equal(await heading(page), title);
  });
  // Found by an audit of typing (2026-12-07): the nationality as a passport writes it found only
  // a country one of whose later words it starts (INDIAN: the British Indian Ocean Territory),
  // and Go took it, then legalization was advised for a document from India; "Корея" and
  // Continue took South Korea, North Korea listed beside it.
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query(CITIZENSHIP));
    const box = countryBox(page, title);
    for (const typed of ["INDIAN", "U.S."]) {
      await box.fill(typed);
      await page.getByRole("listbox").waitFor({ timeout: 5000 });
      await page.keyboard.press("Enter");
      await page.waitForTimeout(300);
      assert.equal(await heading(page), title, typed);
      assert.ok(!["IO", "VI"].includes(await chosenCountry(page, title)), typed);
    }
    // The nationality finds its country, first.
    await box.fill("INDIAN");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    assert.match(await page.getByRole("option").first().innerText(), /^India \(Indian\)/);
    // Go takes a lone country whose name holds the words typed (a regression audit: «Эмираты»).
    await box.fill("Zealand");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.keyboard.press("Enter");
    assert.equal(await chosenCountry(page, title), "NZ");
    // Saint and "and" as people abbreviate them (left by the audit of typing): "St Lucia" and
    // "Trinidad & Tobago" found nothing.
    // In Cyrillic too (left by stop 64: «Тринидад & Тобаго» found nothing), and a Kazakh
    // «және» name whose Russian one starts otherwise (left by stop 65: «Теркс & Кайкос»).
    for (const [typed, code] of [["St Lucia", "LC"], ["Trinidad & Tobago", "TT"], ["Тринидад & Тобаго", "TT"], ["Теркс & Кайкос", "TC"], ["Уоллис & Футуна", "WF"]]) {
      await box.fill(typed);
      await page.getByRole("listbox").waitFor({ timeout: 5000 });
      await page.keyboard.press("Enter");
      assert.equal(await chosenCountry(page, title), code, typed);
    }
    // "Dutch" names one country (Sint Maarten's "(Dutch part)" only says whose it is).
    await box.fill("Dutch");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.keyboard.press("Enter");
    assert.notEqual(await nextPage(page, title), title);
    assert.equal(addressPairs(page.url()).cit, "NL");
  });
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang: "ru" }));
    const box = countryBox(page, title);
    await box.fill("Корея");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await button(page, L.ru.continue_button).click();
    await page.waitForTimeout(500);
    assert.equal(await heading(page), title, "not sent: North Korea is listed too");
    // Said why, and where to choose (a regression audit: "Choose your citizenship" alone,
    // beside a name typed in full, read as the app's fault).
    const said = await page.getByRole("main").innerText();
    assert.ok(said.includes(`${L.ru.q.citizenship.error} ${L.ru.country_search.not_one_country}`), said);
    // "США" is the United States, whatever territory names hold it in brackets.
    await box.fill("США");
    await button(page, L.ru.continue_button).click();
    assert.notEqual(await nextPage(page, title, "ru"), title);
    assert.equal(addressPairs(page.url()).cit, "US");
  });
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang: "ru" }));
    await page.setViewportSize({ width: 390, height: 400 });
    const box = countryBox(page, title);
    await box.focus();
    await box.pressSequentially("Ка");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const top = (await box.boundingBox()).y;
    assert.ok(top >= 0, `the box in view: ${top}`);
    for (const i of [0, 1]) {
      const option = await page.getByRole("option").nth(i).boundingBox();
      assert.ok(option.y + option.height <= 400, `country ${i + 1} in view: ${JSON.stringify(option)}`);
    }
  }, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
});

// Found by an audit of typing (2026-12-07): a date pasted into the Day box as passports and forms
// write it (01.05.2030) got three messages, none naming the cause, the box showing "01.0"; "1."
// from a phone's number pad was "not a number". Now spread over the three boxes; a date with
// slashes (5 January or 1 May?) stays as typed.
test("a whole date pasted into the Day box fills the three boxes where it reads one way only, ru", async () => {
  await withPage(async (page) => {
    const state = { lang: "ru", route: "in_country", date: "2026-12-10", has_iin: "no", cit: "TR", id: "passport", step: "identity-expiry" };
    const title = await open(page, app.server.url, query(state));
    const boxes = dateBoxes(page, title, "ru");
    await boxes.day.fill("01.05.2030");
    assert.deepEqual([await boxes.day.inputValue(), await boxes.month.inputValue(), await boxes.year.inputValue()], ["01", "05", "2030"]);
    await boxes.day.fill("2030-05-02");
    assert.equal(await dateValue(page, title, "ru"), "2030-05-02");
    await boxes.day.fill("05/01/2030");
    assert.equal(await boxes.day.inputValue(), "05/01/2030");
    await boxes.day.fill("1.");
    await boxes.month.fill("5.");
    await button(page, L.ru.continue_button).click();
    assert.notEqual(await nextPage(page, title, "ru"), title);
    assert.equal(addressPairs(page.url()).id_exp, "2030-05-01");
  });
});

// Found by an audit of 2026-12-05: in forced colours (Windows High Contrast) the option the
// arrow keys picked looked like every other, and Enter chose it unseen.
test("country autocomplete in forced colours: the picked option is framed", async () => {
  await withPage(async (page) => {
    await page.emulateMedia({ forcedColors: "active" });
    const title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang: "ru" }));
    const box = countryBox(page, title);
    await box.focus();
    await page.keyboard.type("Гер");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const styles = await page.getByRole("option").evaluateAll((os) =>
      os.map((o) => ({ picked: o.getAttribute("aria-selected") === "true", outline: getComputedStyle(o).outlineStyle }))
    );
    const picked = styles.filter((s) => s.picked);
    assert.equal(picked.length, 1, JSON.stringify(styles));
    assert.equal(picked[0].outline, "solid", JSON.stringify(styles));
    assert.ok(styles.filter((s) => !s.picked).every((s) => s.outline !== "solid"), JSON.stringify(styles));
  });
});

// Found by an audit in forced colours (stop 54): with the month left out, the month's box in
// error looked like the day's and the year's (its red frame and shadow are gone there).
test("date in forced colours: the box in error has a frame of its own", async () => {
  await withPage(async (page) => {
    await page.emulateMedia({ forcedColors: "active" });
    await open(page, app.server.url, query({ ...SPOUSE, step: "date", date: undefined }));
    const title = en.q.date.title;
    assert.equal(await heading(page), title);
    const group = page.getByRole("group", { name: title, exact: true });
    await group.getByRole("textbox").nth(0).fill("7");
    await group.getByRole("textbox").nth(1).fill("");
    await group.getByRole("textbox").nth(2).fill("2027");
    await button(page, en.continue_button).click();
    await page.getByText(en.date_input.error_month_missing).first().waitFor({ timeout: 5000 });
    const widths = await group.getByRole("textbox").evaluateAll((xs) => xs.map((x) => [x.getAttribute("aria-invalid"), getComputedStyle(x).borderTopWidth]));
    const [day, month, year] = widths;
    assert.equal(month[0], "true", JSON.stringify(widths));
    assert.notEqual(month[1], day[1], JSON.stringify(widths));
    assert.equal(day[1], year[1], JSON.stringify(widths));
  });
});

test("country autocomplete: other names and languages, Escape, Kazakh alphabetical order", async () => {
  await withPage(async (page) => {
    let title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang: "ru" }));
    let box = countryBox(page, title);
    await box.fill("великобритания");
    await page.getByRole("option", { name: `${countryName("GB", "ru")} (Великобритания)`, exact: true }).waitFor({ timeout: 5000 });
    await page.keyboard.press("Escape");
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    assert.equal(await chosenCountry(page, title), "GB", "an exact other name is an answer");
    await box.fill("Turkey");
    assert.equal(await chosenCountry(page, title), "TR");

    title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang: "kk" }));
    box = countryBox(page, title);
    await box.fill("Киргизия");
    await page.getByRole("option", { name: `${countryName("KG", "kk")} (Киргизия)`, exact: true }).waitFor({ timeout: 5000 });
    await box.fill("");
    await box.press("ArrowDown");
    const names = await page.getByRole("listbox").getByRole("option").allInnerTexts();
    const at = (n) => {
      const i = names.indexOf(n);
      assert.ok(i >= 0, `${n} listed`);
      return i;
    };
    assert.ok(at("Кения") < at("Қазақстан") && at("Қазақстан") < at("Латвия"), "Қ after К, before Л");
    assert.ok(at("Оман") < at("Өзбекстан") && at("Өзбекстан") < at("Пәкістан"), "Ө after О, before П");
  });
});

// Issue 10: few questions, early exit, groups, errors re-worded ------------------------------
/** Today's date on this machine as YYYY-MM-DD (the app's default date). */
function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The question pages between the start page and "Check your answers" (or the result). */
const questionPages = (visited) => visited.filter((s) => !["start", "check", "result"].includes(s));

test("a consulate applicant today reaches the result within 3 question pages", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const visited = await walk(page, { ...SPOUSE_PERSON, date: todayIso() });
    const asked = questionPages(visited);
    console.log(`measure: consulate applicant today: ${asked.length} question pages (${asked.join(", ")})`);
    assert.ok(asked.length <= 3, `at most 3 question pages: ${visited.join(" > ")}`);
    assert.deepEqual(visited, ["start", "route", "date", "result"]);
    assert.equal(await heading(page), en.result.title);
    assert.equal(await verdictShown(page), "unavailable");
  });
});

test("an in-country Turkish citizen with a Latin passport: the pages to Check your answers", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const person = {
      route: "in_country",
      date: todayIso(),
      hasIin: false,
      cit: "TR",
      id: "passport",
      idExp: "2030-01-01",
      idLatin: true,
    };
    const visited = await walk(page, person, { stopAt: "check" });
    const asked = questionPages(visited);
    console.log(`measure: in-country Turkish citizen: ${asked.length} question pages (${asked.join(", ")})`);
    // Issue 10's goal: at most 6. A passport of Türkiye is in Latin letters, so its letters
    // are not asked; consent is told on the result, not asked.
    assert.ok(asked.length <= 6, asked.join(", "));
    assert.deepEqual(asked, ["route", "date", "has_iin", "citizenship", "id_type", "id_expiry"]);
    // The consent not asked is told: the result says the office takes it, and what refusing means.
    await button(page, en.check.button).click();
    await page.getByRole("heading", { level: 1, name: en.result.title }).waitFor({ timeout: 5000 });
    assert.equal(await page.getByText(en.notes.consent_to_data_access_at_office, { exact: true }).count(), 1);
  });
});

test("a one-of group is one page: which of these do you have, or none yet", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, "/");
    const person = {
      ...SPOUSE_PERSON,
      cit: "CN",
      cat: "investor",
      docs: { investment_contract: { have: true } },
    };
    const visited = await walk(page, person, {
      onPage: async (step) => {
        if (step !== "group") return;
        const radios = page.getByRole("group", { name: en.q.group.title, exact: true }).getByRole("radio");
        assert.equal(await radios.count(), 5, "four investor proofs and none yet");
        assert.equal(await radios.last().getAttribute("aria-describedby").then((id) => !!id), true, "none yet says what it means");
      },
    });
    assert.ok(visited.includes("group"), visited.join(" > "));
    // A passport of China may show the name only in Chinese characters: its letters are asked.
    assert.ok(visited.includes("id_letters"), visited.join(" > "));
    assert.ok(!visited.some((s) => s.startsWith("doc:")), `no page per investor proof: ${visited.join(" > ")}`);
    assert.equal(await heading(page), en.result.title);
    assert.equal(await checklistItem(page, "investment_contract").count(), 1);
  });
});

test("a Chinese investor at a consulate that declares the 2025 rules: Continue never goes back", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", ruleset: "fi-pilot-2025", country: "CN" }));
    const person = {
      date: todayIso(),
      hasIin: false,
      cit: "CN",
      dob: "1975-05-05",
      cat: "investor",
      id: "passport",
      idBy: "CN",
      idExp: "2031-01-01",
      idLatin: false,
      docs: { investment_contract: { have: true, issuer: "KZ", language: "ru" } },
    };
    // walk() fails if a page comes twice.
    const visited = await walk(page, person);
    assert.deepEqual(visited.slice(-2), ["check", "result"], visited.join(" > "));
    const letters = visited.indexOf("id_letters");
    assert.ok(letters > 0 && !visited.slice(letters + 1).includes("id_expiry"), visited.join(" > "));
    assert.equal(await heading(page), en.result.title);
    assert.equal(await checklistItem(page, "investment_contract").count(), 1);
  });
});

// Found walking an embassy page that still declares the 2024 pilot two years on: its start
// page said only "this consulate applies the 2024 pilot", as if the service were on offer.
test("the start page of a consulate's embed says whether the rules it declares are in force today, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    // The names as the rule-set records give them (src/rules/ruleset.rs).
    const name2024 = { en: "2024 consular pilot", ru: "Пилотный проект 2024 года (загранучреждения)", kk: "2024 жылғы пилоттық жоба (шетелдегі мекемелер)" }[lang];
    await withPage(async (page) => {
      // Today (the device's clock) is after the 2024 pilot's term.
      await open(page, app.server.url, query({ lang, ruleset: "fi-pilot-2024", country: "TR" }));
      assert.equal(await heading(page), t.start.title);
      const main = await page.getByRole("main").innerText();
      const dates = { en: "31 December 2024", ru: "31 декабря 2024 года", kk: "2024 жылғы 31 желтоқсан" };
      const said = fmt(t.start.declared_ended, { ruleset: name2024, to: dates[lang] });
      // The paragraph on the declared rules says their term ended; none says only that they apply.
      const paragraphs = await page.getByRole("main").locator("p").allInnerTexts();
      assert.ok(paragraphs.includes(said), `${lang}: ${main}`);
      assert.ok(!paragraphs.includes(fmt(t.start.declared_text, { ruleset: name2024 })), `${lang}: ${main}`);
    });
  }
  // On a day inside the 2025 term, the plain sentence.
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2025-06-02T09:00:00"));
    await open(page, app.server.url, query({ lang: "en", ruleset: "fi-pilot-2025", country: "TR" }));
    const name = "2025 consular pilot (some groups)";
    const paragraphs = await page.getByRole("main").locator("p").allInnerTexts();
    assert.ok(paragraphs.includes(fmt(en.start.declared_text, { ruleset: name })), paragraphs.join("\n"));
  });
});

// Found walking the app with the device's clock inside the 2025 pilot (as it will read the
// day a new order is added as data): the start page said the last pilot "ended" on a day
// still to come.
test("the start page says what the consular way offers today: in force, the next rules, or ended, en/ru/kk", async () => {
  const dates = {
    "2025-12-31": { en: "31 December 2025", ru: "31 декабря 2025 года", kk: "2025 жылғы 31 желтоқсан" },
    "2025-04-18": { en: "18 April 2025", ru: "18 апреля 2025 года", kk: "2025 жылғы 18 сәуір" },
    "2026-12-01": { en: "1 December 2026", ru: "1 декабря 2026 года", kk: "2026 жылғы 1 желтоқсан" },
  };
  const name2025 = {
    en: "2025 consular pilot (some groups)",
    ru: "Пилотный проект 2025 года (загранучреждения, для отдельных групп иностранцев)",
    kk: "2025 жылғы пилоттық жоба (шетелдегі мекемелер, шетелдіктердің жекелеген топтары үшін)",
  };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    const reviewed = dates["2026-12-01"][lang];
    const cases = [
      // Inside the 2025 term.
      { clock: "2025-06-02T09:00:00", said: fmt(t.start.rules_text_in_force, { date: reviewed, ruleset: name2025[lang], to: dates["2025-12-31"][lang] }) },
      // Between the 2024 and 2025 pilots.
      { clock: "2025-02-03T09:00:00", said: fmt(t.start.rules_text_next, { date: reviewed, ruleset: name2025[lang], from: dates["2025-04-18"][lang] }) },
      // After the last known pilot, within six months of the review (later, the paragraph
      // adds that newer rules may apply: tested below).
      { clock: "2026-12-03T09:00:00", said: fmt(t.start.rules_text, { date: reviewed, last: dates["2025-12-31"][lang] }) },
    ];
    for (const { clock, said } of cases) {
      await withPage(async (page) => {
        await page.clock.setFixedTime(new Date(clock));
        await open(page, app.server.url, query({ lang }));
        const rules = page.getByRole("heading", { name: t.start.rules_title, exact: true }).locator("xpath=following-sibling::p[1]");
        assert.equal(await rules.innerText(), said, `${lang} on ${clock}`);
      });
    }
  }
});

// Found by stop 58's audit of the next order as data (left then, mended at stop 59): a
// consulate's page naming rules newer than this build showed, under the notice saying so,
// "About the rules: ... no newer one is known" on the start page and on "Rules and sources".
test("a consulate naming rules this build does not hold: the start page and the rules page do not say 'no newer one is known', en/ru/kk", async () => {
  const dates = { en: ["1 December 2026", "31 December 2025"], ru: ["1 декабря 2026 года", "31 декабря 2025 года"], kk: ["2026 жылғы 1 желтоқсан", "2025 жылғы 31 желтоқсан"] };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    const [reviewed, last] = dates[lang];
    for (const step of [undefined, "rules"]) {
      await withPage(async (page) => {
        await page.clock.setFixedTime(new Date("2026-12-03T09:00:00"));
        await open(page, app.server.url, query({ lang, embed: "iframe", country: "DE", ruleset: "fi-pilot-2099", step }));
        const main = await page.getByRole("main").innerText();
        assert.ok(main.includes(fmt(t.start.rules_text_declared_newer, { date: reviewed, last })), `${lang} ${step}: ${main}`);
        assert.ok(!main.includes(fmt(t.start.rules_text, { date: reviewed, last })), `${lang} ${step}: ${main}`);
      });
    }
  }
  // Without a declaration, the plain paragraph (tested above) stays.
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2026-12-03T09:00:00"));
    await open(page, app.server.url, query({ lang: "en", embed: "iframe", country: "DE" }));
    assert.ok((await page.getByRole("main").innerText()).includes(fmt(L.en.start.rules_text, { date: dates.en[0], last: dates.en[1] })));
  });
});

// Found by an audit of clocks (stop 54): a device a year behind read "the 2025 consular pilot
// is in force today" and "You can get an IIN this way" from rules checked a year later.
test("a device's date before the review of the rules is said to be suspect, on the start page and the result, en/ru/kk", async () => {
  const reviewed = { en: "1 December 2026", ru: "1 декабря 2026 года", kk: "2026 жылғы 1 желтоқсан" };
  const day = { en: "5 December 2025", ru: "5 декабря 2025 года", kk: "2025 жылғы 5 желтоқсан" };
  for (const lang of ["en", "ru", "kk"]) {
    const said = fmt(L[lang].start.clock_behind, { date: day[lang], reviewed: reviewed[lang] });
    await withPage(async (page) => {
      await page.clock.setFixedTime(new Date("2025-12-05T09:00:00Z"));
      await open(page, app.server.url, query({ lang }));
      assert.ok((await page.getByRole("main").innerText()).includes(said), lang);
      await open(page, app.server.url, query({ ...SPOUSE, lang, date: "2025-12-08", step: "result" }));
      assert.ok((await page.getByRole("main").innerText()).includes(said), lang);
    });
  }
  const warning = L.en.start.clock_behind.split("{{")[0].trim();
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2026-12-03T09:00:00Z"));
    await open(page, app.server.url, query({ lang: "en" }));
    assert.ok(!(await page.getByRole("main").innerText()).includes(warning));
  });
  // The Rules page says "today" too: the warning there as well (found by a regression audit).
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2025-06-01T09:00:00Z"));
    await open(page, app.server.url, query({ lang: "en", step: "rules" }));
    const main = await page.getByRole("main").innerText();
    const said = main.indexOf(fmt(L.en.start.clock_behind, { date: "1 June 2025", reviewed: reviewed.en }));
    assert.ok(said >= 0, main);
    // Before what it makes wrong, as on the start page (found by an audit of an aging copy).
    const about = main.indexOf(L.en.start.rules_text_next.split("{{")[0].trim());
    assert.ok(about > said, main.slice(0, 900));
  });
  // The device's own day, not Kazakhstan's: 02:30 on 1 December in Tokyo is still 30 November
  // in Kazakhstan, and this device's clock is right (found by a regression audit).
  await withPage(
    async (page) => {
      await page.clock.setFixedTime(new Date("2026-11-30T17:30:00Z"));
      await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-10", has_iin: "no", cit: "DE", id: "passport", id_exp: "2031-01-01", id_latin: "yes", step: "result" }));
      assert.ok(!(await page.getByRole("main").innerText()).includes(warning));
    },
    { timezoneId: "Asia/Tokyo" },
  );
});

// Found by an audit of clocks (stop 54): at midnight in Berlin (not in Kazakhstan, whose day the
// Public Service Centre's result is for) the result was built anew: the focus fell to the page's
// body and an open "Sources" fold closed. And its printout said Kazakhstan's day, not the
// applicant's.
test("a result whose day did not change is not rebuilt at another midnight; printed on the device's day", async () => {
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-15T23:59:00+01:00") });
      const state = { lang: "en", route: "in_country", date: "2026-12-17", has_iin: "no", cit: "DE", id: "passport", id_exp: "2031-01-01", id_latin: "yes", step: "result" };
      await open(page, app.server.url, query(state));
      assert.equal(await heading(page), en.result.title);
      const fold = page.locator(".checklist__item details").first();
      await fold.evaluate((d) => (d.open = true));
      const tick = page.getByRole("checkbox").first();
      await tick.focus();
      await page.clock.runFor(120000);
      await page.waitForTimeout(500);
      assert.ok(await tick.evaluate((t) => t === document.activeElement), await page.evaluate(() => document.activeElement?.tagName));
      assert.ok(await fold.evaluate((d) => d.open));
      // 00:01 on 16 December in Berlin, 04:01 in Kazakhstan: the applicant's day is printed.
      const printed = await page.locator(".print-only").last().textContent();
      assert.ok(printed.includes(fmt(en.result.printed_on, { date: "16 December 2026" })), printed);
    },
    { timezoneId: "Europe/Berlin" },
  );
  await withPage(
    async (page) => {
      // 21:00 on 31 December in Los Angeles, 1 January in Kazakhstan.
      await page.clock.setFixedTime(new Date("2027-01-01T05:00:00Z"));
      await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2027-01-05", has_iin: "no", cit: "DE", id: "passport", id_exp: "2031-01-01", id_latin: "yes", step: "result" }));
      const printed = await page.locator(".print-only").last().textContent();
      assert.ok(printed.includes(fmt(en.result.printed_on, { date: "31 December 2026" })), printed);
    },
    { timezoneId: "America/Los_Angeles" },
  );
  // At midnight in Kazakhstan the same result is built anew for the new day: a focus that fell
  // to the body goes to the heading.
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-15T19:59:00+01:00") });
      await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-17", has_iin: "no", cit: "DE", id: "passport", id_exp: "2031-01-01", id_latin: "yes", step: "result" }));
      await page.getByRole("checkbox").first().focus();
      const live = page.locator(".app > [role=status][aria-live=polite]");
      const before = await live.textContent();
      await page.clock.runFor(120000);
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
      // Nothing in the verdict box changed: nothing read out again.
      assert.equal(await live.textContent(), before);
    },
    { timezoneId: "Europe/Berlin" },
  );
  // Found by an audit of what a screen reader says (2026-12-06): at midnight the focus moved to
  // the heading and the new "is in the past" was never heard. What changed is read out.
  await withPage(
    async (page) => {
      await page.clock.install({ time: new Date("2026-12-07T23:59:00+05:00") });
      await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-07", has_iin: "no", cit: "DE", id: "passport", id_exp: "2031-01-01", id_latin: "yes", step: "result" }));
      const live = page.locator(".app > [role=status][aria-live=polite]");
      const past = fmt(en.result.past_date, { date: "7 December 2026" });
      assert.ok(!(await live.textContent()).includes(past));
      await page.clock.runFor(120000);
      await page.waitForTimeout(500);
      const said = await live.textContent();
      assert.ok(said.includes(past), said);
    },
    { timezoneId: "Asia/Almaty" },
  );
});

// Found opening the app with the device's clock in 2028 (an offline copy, or a build a
// consulate still hosts): "You can get an IIN this way" and "no newer one is known", from
// rules checked 15 months before, with no word that newer rules may apply.
test("a copy of the app kept more than six months past its review says newer rules may apply, en/ru/kk", async () => {
  const reviewed = { en: "1 December 2026", ru: "1 декабря 2026 года", kk: "2026 жылғы 1 желтоқсан" };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    // The day of the review named: a copy may be years old (found by an audit of an aging copy).
    const stale = fmt(t.start.rules_outdated, { date: reviewed[lang] });
    // The start page's paragraph names the day in the sentence before: not twice.
    const short = t.start.rules_outdated_short;
    for (const [clock, outdated] of [["2028-03-01T09:00:00", true], ["2027-05-31T09:00:00", false]]) {
      await withPage(async (page) => {
        await page.clock.setFixedTime(new Date(clock));
        await open(page, app.server.url, query({ lang }));
        const rules = page.getByRole("heading", { name: t.start.rules_title, exact: true }).locator("xpath=following-sibling::p[1]");
        const about = await rules.innerText();
        assert.equal(about.endsWith(short), outdated, `${lang} on ${clock}: ${about}`);
        assert.equal(about.split(reviewed[lang]).length, 2, `${lang}: the day once in ${about}`);
        // The result of a visit after the review, in Kazakhstan.
        const date = clock.slice(0, 10) === "2028-03-01" ? "2028-03-02" : "2027-06-01";
        await open(page, app.server.url, query({ lang, route: "in_country", date, has_iin: "no", cit: "US", id: "passport", id_by: "US", id_exp: "2031-01-01", step: "result" }));
        const main = await page.getByRole("main").innerText();
        assert.equal(main.includes(stale), outdated, `${lang} on ${clock}: ${main}`);
      });
    }
  }
  // A planned day the review covered, gone by: the page speaks of today too (what an application
  // from today would meet, "no rules ... are in force today"), which the review may no longer
  // cover, so it says so (found by an audit of an aging copy: a 2025 link opened in 2030 read
  // "no rules for this way are in force today" as a fact). Within six months, nothing.
  for (const [clock, outdated] of [["2030-06-01T09:00:00", true], ["2027-05-31T09:00:00", false]]) {
    await withPage(async (page) => {
      await page.clock.setFixedTime(new Date(clock));
      await open(page, app.server.url, query({ lang: "en", route: "consulate", at: "DE", date: "2025-06-02", has_iin: "no", cit: "DE", cat: "spouse", id: "passport", id_by: "DE", id_exp: "2034-01-01", id_latin: "yes", "doc.marriage_certificate": "yes-DE-other-yes-apostille", step: "result" }));
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(fmt(en.result.past_date_rules_ended, { to: "31 December 2025" })), main);
      assert.equal(main.includes(fmt(en.start.rules_outdated, { date: "1 December 2026" })), outdated, `${clock}: ${main}`);
    });
  }
  // Nothing said of a later year as if it were still to come: the calendar of days off that
  // this tool does not have, not one "not known yet"; no promise that this copy will be updated
  // (found by the same audit, with the clock in 2030).
  await withPage(async (page) => {
    await page.clock.setFixedTime(new Date("2030-06-01T09:00:00"));
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2030-06-03", has_iin: "no", cit: "US", id: "passport", id_by: "US", id_exp: "2034-01-01", step: "result" }));
    let main = await page.getByRole("main").innerText();
    assert.ok(main.includes(fmt(en.result.ready_estimated_year, { year: "2030" })), main);
    assert.ok(!/not known yet|is known yet/.test(main), main);
    await open(page, app.server.url, query({ lang: "en", route: "consulate", date: "2030-06-03", step: "result" }));
    main = await page.getByRole("main").innerText();
    assert.ok(main.includes(fmt(en.result.instead_wait, { date: "1 December 2026" })), main);
    assert.ok(!main.includes("will be updated"), main);
  });
});

// Found walking a consulate's page that declares the 2025 pilot (no country preset) as a
// Turkish spouse living in Almaty who chose a Public Service Centre: told "you cannot apply
// this way on this date: no rules for it are in force", on a day the State Corporation's
// rules are. A consulate's declaration holds on its own route only.
test("a consulate's declared rules do not follow someone who applies in Kazakhstan instead", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", ruleset: "fi-pilot-2025" }));
    const person = { route: "in_country", date: todayIso(), hasIin: false, cit: "TR", dob: "1990-07-10", id: "passport", idBy: "TR", idExp: "2030-01-01", idLatin: true, docs: {} };
    const visited = await walk(page, person);
    assert.deepEqual(visited.slice(-2), ["check", "result"], visited.join(" > "));
    const main = await page.getByRole("main").innerText();
    assert.ok(!templateRe(en.result.verdict_unavailable).test(main), main);
    assert.ok(!main.includes("Your embassy or consulate applies"), main);
    assert.ok(main.includes("Rules applied: State Corporation rules (in Kazakhstan, from 2024)"), main);
  });
  // Declaring the State Corporation's rules is not a consulate's to do: named as unreadable.
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", ruleset: "in-country-2024", country: "TR" }));
    const notice = fmt(en.notice_link_parts_ignored, { list: en.link_field.ruleset });
    await page.getByText(notice, { exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await heading(page), en.start.title);
  });
});

// A consulate's link whose country cannot be read (a typo, or Kazakhstan itself) is told, not
// dropped without a word: the page then asks where the applicant applies (found by an audit).
test("a consulate's link with a country that cannot be read says so", async () => {
  for (const [lang, country] of [["en", "XX"], ["ru", "KZ"], ["kk", "D"]]) {
    await withPage(async (page) => {
      await open(page, app.server.url, query({ lang, country }));
      const t = L[lang];
      const name = t.check.consulate;
      const list = name[0].toLowerCase() + name.slice(1);
      const notice = fmt(t.notice_link_parts_ignored, { list });
      await page.getByText(notice, { exact: true }).waitFor({ timeout: 5000 });
      assert.equal(await heading(page), t.start.title);
    });
  }
});

test("a language switch re-words the error shown", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", step: "route" }));
    await button(page, en.continue_button).click();
    await page.getByRole("link", { name: en.q.route.error }).waitFor({ timeout: 5000 });
    for (const lang of ["ru", "kk"]) {
      await button(page, L.en.language_names[lang]).click();
      const t = L[lang];
      await page.getByRole("link", { name: t.q.route.error, exact: true }).waitFor({ timeout: 5000 });
      const group = page.getByRole("group", { name: t.q.route.title, exact: true });
      const inline = await group.evaluate((el) =>
        (el.getAttribute("aria-describedby") || "")
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent || "")
          .join(" "),
      );
      assert.ok(inline.includes(t.q.route.error), `inline error in ${lang}: ${inline}`);
      assert.ok(!(await page.getByText(en.q.route.error).count()), `no English error left in ${lang}`);
    }
  });
});

// Found walking a French diplomat on 7 December 2026: the ministry's way said only whom it is
// for, so they learnt only after the date that no rules serve it; like the embassies' and
// consulates' way, it exists only under a pilot (the 2025 pilot; none is in force).
test("the route page says which ways exist only while a pilot is in force, en/ru/kk", async () => {
  const pilot = { en: "pilot", ru: "пилотный", kk: "пилоттық" };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage(async (page) => {
      await open(page, app.server.url, query({ lang, step: "route" }));
      const group = page.getByRole("group", { name: t.q.route.title, exact: true });
      const shown = await group.innerText();
      for (const way of ["consulate", "mfa"]) {
        const hint = t.q.route[`${way}_hint`];
        assert.ok(shown.includes(hint) && hint.includes(pilot[lang]), `${lang}, ${way}: "${hint}" in: ${shown}`);
      }
      const inCountry = t.q.route.in_country_hint;
      assert.ok(shown.includes(inCountry) && !inCountry.includes(pilot[lang]), `${lang}: ${shown}`);
    });
  }
});

// Found by an audit of 2026-12-04: under rules a consulate declares, ended on the date, the
// category page said "Under the rules for this date…", as if they were in force.
test("the category page under declared rules names them as the consulate's, not the date's, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const state = { lang, country: "DE", ruleset: "fi-pilot-2025", date: "2026-12-07", has_iin: "no", cit: "DE", step: "category" };
    assert.equal(await open(page, app.server.url, query(state)), t.q.category.title);
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(t.q.category.hint_declared) && !main.includes(t.q.category.hint), `${lang}: ${main}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

// Found by an audit of plain questions (stop 57): a 65-year-old who is also a spouse chose
// "spouse" and was sent to apostille and translate a marriage certificate, nothing saying the
// passport alone serves "65 or over"; a stateless person saw an empty country box with no word
// of "stateless", and "none" found nothing; the IT diploma "not required" turned the verdict
// when held.
test("the group page says the passport alone serves 65 or over; the citizenship page says how to answer stateless; the optional diploma's hint, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage(async (page) => {
      const state = { lang, country: "DE", ruleset: "fi-pilot-2025", date: "2026-12-07", has_iin: "no", cit: "DE", step: "category" };
      await open(page, app.server.url, query(state));
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(t.q.category.several_fit), `${lang}: ${main}`);
      assert.ok(main.includes(fmt(t.q.category.passport_enough, { group: t.categories.senior })), `${lang}: ${main}`);
      const title = await open(page, app.server.url, query({ lang, route: "in_country", date: "2026-12-08", has_iin: "no", step: "citizenship" }));
      assert.ok((await page.getByRole("main").innerText()).includes(t.q.citizenship.hint));
      // The word the hint gives finds "stateless", first.
      const word = { en: "stateless", ru: "без гражданства", kk: "азаматтығы жоқ" }[lang];
      assert.ok(t.q.citizenship.hint.includes(word), t.q.citizenship.hint);
      for (const typed of [word, "none"]) {
        await countryBox(page, title).fill(typed);
        await page.getByRole("listbox").waitFor({ timeout: 5000 });
        const first = await page.getByRole("listbox").getByRole("option").first().innerText();
        assert.ok(first.includes(t.q.citizenship.stateless), `${lang} ${typed}: ${first}`);
      }
      const nomad = { lang, route: "consulate", at: "PL", date: "2025-06-10", has_iin: "no", cit: "UA", cat: "digital_nomad", id: "passport", id_exp: "2030-01-01", "doc.it_training_certificate": "yes-UA-other-yes-apostille", "doc.it_portfolio": "yes-UA-other-yes-_", step: "doc-it_diploma" };
      await open(page, app.server.url, query(nomad));
      const hint = await page.getByRole("main").innerText();
      assert.ok(hint.includes(t.q.document.optional_hint), `${lang}: ${hint}`);
    });
  }
});

// Found by an audit of 2026-12-04: an IIN typed in groups ("8501 0130 0015") was "not 12
// digits"; a wrong seventh digit was blamed on the birth date; a number whose check digit
// matched was called "valid", which no check in a browser can know.
// Found by an audit of 2026-12-05: a number written with a dash ("850101-300015") was told
// "An IIN has exactly 12 digits", a tag the same; a number whose birth date is after today was
// called "the form of a valid IIN".
test("the IIN box: a dash between the groups is read, anything else is 'digits only' and named, a birth after today is a mistake, en/kk", async () => {
  for (const lang of ["en", "kk"]) {
    const q = L[lang].q.has_iin;
    await withPage(async (page) => {
      const state = { lang, route: "in_country", date: "2026-12-07", step: "iin" };
      assert.equal(await open(page, app.server.url, query(state)), q.title);
      await radio(page, q.title, L[lang].yes).check();
      const box = page.getByRole("textbox", { name: q.iin_label });
      const main = page.getByRole("main");
      await box.fill("850101-300015");
      await page.getByText(q.iin_ok.split("{{")[0].trim(), { exact: false }).waitFor({ timeout: 3000 });
      // What a paste carries and no one sees (direction isolates around a number from a
      // messenger) is no character at fault (found by a review: it was quoted as “”).
      await box.fill("");
      await box.fill("\u2066850101 300015\u2069");
      await page.getByText(q.iin_ok.split("{{")[0].trim(), { exact: false }).waitFor({ timeout: 3000 });
      // A minus sign between the groups, a braille blank (found by an audit of the final build).
      await box.fill("");
      await box.fill("850101\u2212300\u2800015");
      await page.getByText(q.iin_ok.split("{{")[0].trim(), { exact: false }).waitFor({ timeout: 3000 });
      await box.fill("<b>850101</b>");
      await button(page, L[lang].continue_button).click();
      await main.getByText(fmt(q.iin_error_digits_named, { char: "<" })).first().waitFor({ timeout: 3000 });
      assert.ok(!(await main.innerText()).includes(q.iin_error_length), "not a length mistake");
      // The character at fault is named (left by an audit of typing: a letter O typed for a
      // zero on a phone, and only "digits only" to find it by).
      await box.fill("85O101300015");
      await button(page, L[lang].continue_button).click();
      await main.getByText(fmt(q.iin_error_digits_named, { char: "O" })).first().waitFor({ timeout: 3000 });
      // A flag pasted is quoted whole, not its first letter alone (found by a review: “🇰”).
      await box.fill("850101🇰🇿300015");
      await button(page, L[lang].continue_button).click();
      await main.getByText(fmt(q.iin_error_digits_named, { char: "🇰🇿" })).first().waitFor({ timeout: 3000 });
      // The box carries its error for a screen reader (found by an audit of 2026-12-05).
      assert.equal(await box.getAttribute("aria-invalid"), "true");
      assert.match(await box.getAttribute("aria-describedby"), /\biin-number-error\b/);
      await box.fill("300101500014");
      assert.equal(await page.getByText(q.iin_ok.split("{{")[0].trim(), { exact: false }).count(), 0, "never called valid");
      await button(page, L[lang].continue_button).click();
      await main.getByText(q.iin_error_future).first().waitFor({ timeout: 3000 });
      await box.fill("850101 - 300015");
      await button(page, L[lang].continue_button).click();
      assert.notEqual(await nextPage(page, q.title, lang), q.title, "a dashed number goes on");
    });
  }
});

// Found by an audit of what a screen reader says (2026-12-06): after "exactly 12 digits", the
// number corrected in the box was announced as matching the IIN's form while the box was still
// in error, the two read together.
test("the IIN box in error never says the number matches; Continue checks it again, ru", async () => {
  const q = L.ru.q.has_iin;
  await withPage(async (page) => {
    assert.equal(await open(page, app.server.url, query({ lang: "ru", route: "in_country", date: "2026-12-08", step: "iin" })), q.title);
    await radio(page, q.title, L.ru.yes).check();
    const box = page.getByRole("textbox", { name: q.iin_label });
    const main = page.getByRole("main");
    await box.fill("85010130001");
    await button(page, L.ru.continue_button).click();
    await main.getByText(q.iin_error_length).first().waitFor({ timeout: 3000 });
    await box.fill("850101300015");
    await page.waitForTimeout(300);
    const ok = q.iin_ok.split("{{")[0].trim();
    assert.equal(await page.getByText(ok, { exact: false }).count(), 0, "not 'matches' beside the error");
    assert.equal(await box.getAttribute("aria-invalid"), "true");
    await button(page, L.ru.continue_button).click();
    assert.notEqual(await nextPage(page, q.title, "ru"), q.title, "the corrected number goes on");
  });
});

test("the IIN box reads a number typed in groups and names the digit at fault, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    const q = L[lang].q.has_iin;
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const state = { lang, route: "in_country", date: "2026-12-07", step: "iin" };
    assert.equal(await open(page, app.server.url, query(state)), q.title);
    await radio(page, q.title, L[lang].yes).check();
    const box = page.getByRole("textbox", { name: q.iin_label });
    await box.fill("8501 0130 0015");
    const date = lang === "en" ? "1 January 1985" : "1 января 1985 года";
    await page.getByText(fmt(q.iin_ok, { date }), { exact: true }).waitFor({ timeout: 3000 });
    await box.fill("850101700010");
    await button(page, L[lang].continue_button).click();
    await page.getByRole("main").getByText(q.iin_error_century).first().waitFor({ timeout: 3000 });
    assert.ok(!(await page.getByRole("main").innerText()).includes(q.iin_error_date));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

// Found by an audit of embedding (2026-12-05): a link (or an embed) with the consulate's country
// preset recommended a Public Service Centre, with no way there: no route on "Check your answers",
// and "Start again" kept the preset.
test("a consulate's preset country and no consular rules: one press to the way in Kazakhstan, to its result; Back returns; en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    const t = L[lang];
    await withPage(async (page) => {
      await open(page, app.server.url, "/" + query({ lang, country: "DE", date: "2026-12-07", step: "result" }));
      assert.equal(await heading(page), t.result.title);
      await button(page, t.result.instead_in_country_button).click();
      assert.equal(await nextPage(page, t.result.title, lang), t.q.has_iin.title);
      const person = { ...SPOUSE_PERSON, route: "in_country", date: "2026-12-07", cat: undefined, docs: {} };
      const visited = await walk(page, person, { lang });
      assert.ok(visited.includes("check"), visited.join(" > "));
      assert.equal(await heading(page), t.result.title);
      assert.equal(await verdictShown(page, lang), "eligible", visited.join(" > "));
      // The verdict names the office it is about, not "this way" after a consulate's result.
      assert.ok((await page.getByRole("main").innerText()).includes(verdictSaid("verdict_eligible", "in_country", lang)));
      // The way is on the answers: the route in Kazakhstan, the consulate's country gone.
      const pairs = addressPairs(page.url());
      assert.equal(pairs.route, "in_country");
      assert.equal(pairs.country, undefined);
    });
  }
  // The way changed back to the consulate on "Check your answers": that consulate, its country
  // preset again, never another one (found by a review: the country question came back, and
  // another country would be judged by the first one's declared rules).
  await withPage(async (page) => {
    const declared = { ...SPOUSE, country: "DE", at: undefined, route: undefined, ruleset: "fi-pilot-2025", date: "2026-12-07" };
    await open(page, app.server.url, "/" + query({ ...declared, step: "result" }));
    await button(page, en.result.instead_in_country_button).click();
    // Every question of that way answered at the consulate: "Check your answers".
    const now = await nextPage(page, en.result.title);
    assert.equal(now, en.check.title);
    await button(page, `${en.change} ${en.check.route}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.route.title);
    await radio(page, en.q.route.title, en.q.route.consulate).check();
    await button(page, en.continue_button).click();
    const next = await nextPage(page, en.q.route.title);
    assert.ok([en.check.title, en.q.date.title].includes(next), next);
    assert.equal(addressPairs(page.url()).country, "DE");
    assert.equal(addressPairs(page.url()).route, undefined);
  });
  // The browser's Back from the first question of that way: the consulate's result again.
  await withPage(async (page) => {
    await open(page, app.server.url, "/" + query({ lang: "en", country: "DE", date: "2026-12-07", step: "result" }));
    await button(page, en.result.instead_in_country_button).click();
    await nextPage(page, en.result.title);
    await page.goBack();
    assert.equal(await nextPage(page, en.q.has_iin.title), en.result.title);
    assert.ok((await page.getByRole("main").innerText()).includes(en.result.instead_in_country_button));
    assert.equal(addressPairs(page.url()).country, "DE");
  });
});

// Found by an audit of the address bar and history (2026-12-06): the app's own Back on the page
// the Public Service Centre button opened went to the question before it on the way in
// Kazakhstan (a page the person had never seen), while the browser's Back went to the consulate's
// result. Now both return to that result, also after a reload, and from "Check your answers" it
// opened, after a Change too.
test("the Back button of the page the Public Service Centre button opened returns to the consulate's result, also after a reload", async () => {
  const backTo = async (page, from) => {
    await button(page, en.back).click();
    return nextPage(page, from);
  };
  // The consulate's result, its country preset again (also after a reload on the way in
  // Kazakhstan, whose address no longer presets it).
  // A consulate's link with no consular rules on the date, its button, and the questions the way
  // in Kazakhstan asks, to "Check your answers"; the pages answered.
  const toCheckInKazakhstan = async (page) => {
    await open(page, app.server.url, "/" + query({ lang: "en", country: "DE", date: "2026-12-07", step: "result" }));
    await button(page, en.result.instead_in_country_button).click();
    await nextPage(page, en.result.title);
    const person = { ...SPOUSE_PERSON, route: "in_country", date: "2026-12-07", cat: undefined, docs: {} };
    return walk(page, person, { stopAt: "check" });
  };
  const consulateResult = async (page, country) => {
    assert.ok((await page.getByRole("main").innerText()).includes(en.result.instead_in_country_button));
    const pairs = addressPairs(page.url());
    assert.equal(pairs.country, country, JSON.stringify(pairs));
    assert.notEqual(pairs.route, "in_country");
  };
  // A question asked anew (the IIN question, not asked at the consulate), then a second one.
  await withPage(async (page) => {
    await open(page, app.server.url, "/" + query({ lang: "en", country: "DE", date: "2026-12-07", step: "result" }));
    await button(page, en.result.instead_in_country_button).click();
    assert.equal(await nextPage(page, en.result.title), en.q.has_iin.title);
    assert.equal(await backTo(page, en.q.has_iin.title), en.result.title);
    await consulateResult(page, "DE");
    // Again, one question further: Back retraces both.
    await button(page, en.result.instead_in_country_button).click();
    await nextPage(page, en.result.title);
    await radio(page, en.q.has_iin.title, en.no).check();
    await button(page, en.continue_button).click();
    const second = await nextPage(page, en.q.has_iin.title);
    await page.reload();
    assert.equal(await heading(page), second);
    assert.equal(await backTo(page, second), en.q.has_iin.title);
    assert.equal(await backTo(page, en.q.has_iin.title), en.result.title);
    await consulateResult(page, "DE");
  });
  // Every question answered: "Check your answers" (a reload there would lose the group, which
  // the way in Kazakhstan does not ask: its address holds the answers in effect only).
  await withPage(async (page) => {
    const declared = { ...SPOUSE, country: "DE", at: undefined, route: undefined, ruleset: "fi-pilot-2025", date: "2026-12-07" };
    await open(page, app.server.url, "/" + query({ ...declared, step: "result" }));
    await button(page, en.result.instead_in_country_button).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    assert.equal(addressPairs(page.url()).route, "in_country");
    // A Change on the way there keeps the way back: the changed page, Check, the consulate.
    await button(page, `${en.change} ${en.check.date}`).click();
    assert.equal(await nextPage(page, en.check.title), en.q.date.title);
    assert.equal(await backTo(page, en.q.date.title), en.check.title);
    assert.equal(await backTo(page, en.check.title), en.result.title);
    await consulateResult(page, "DE");
  });
  // A reload there (left since stop 63): its address holds the answers of the way in Kazakhstan
  // only, not the group or the marriage certificate, which the consulate's rules asked and that
  // way does not; Back walked the way in Kazakhstan. Now it returns to the consulate's result,
  // every answer of it kept.
  await withPage(async (page) => {
    const declared = { ...SPOUSE, country: "DE", at: undefined, route: undefined, ruleset: "fi-pilot-2025", date: "2026-12-07" };
    await open(page, app.server.url, "/" + query({ ...declared, step: "result" }));
    // The verdict as shown (the declared rules' term has ended: not one of the plain verdicts).
    const shownVerdict = async () => {
      const box = page.locator(".verdict[data-verdict]");
      return [await box.getAttribute("data-verdict"), await box.locator(".verdict__text").innerText()];
    };
    const verdict = await shownVerdict();
    assert.ok(verdict[0] && verdict[1], JSON.stringify(verdict));
    await button(page, en.result.instead_in_country_button).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    assert.equal(addressPairs(page.url()).cat, undefined, "the group is not in this way's address");
    await page.reload();
    assert.equal(await heading(page), en.check.title);
    assert.equal(await backTo(page, en.check.title), en.result.title);
    await consulateResult(page, "DE");
    const pairs = addressPairs(page.url());
    assert.equal(pairs.cat, "spouse", JSON.stringify(pairs));
    assert.equal(pairs["doc.marriage_certificate"], declared["doc.marriage_certificate"]);
    assert.deepEqual(await shownVerdict(), verdict);
  });
  // Found by a regression audit of it: after the questions the button asked, Back on "Check your
  // answers" jumped over them to the consulate's result; and "Change your answers" on the result
  // in Kazakhstan, then Back, led to the consulate's result too. Now Back retraces the questions
  // (as the browser's Back does), and the result in Kazakhstan ends the way back.
  await withPage(async (page) => {
    const visited = await toCheckInKazakhstan(page);
    const titles = [];
    let now = en.check.title;
    for (let i = 0; i < visited.length; i++) {
      now = await backTo(page, now);
      titles.push(now);
      if (now === en.result.title) break;
    }
    assert.equal(titles.at(-1), en.result.title, titles.join(" > "));
    assert.equal(titles.length, visited.length, `every question on the way back: ${titles.join(" > ")}`);
    await consulateResult(page, "DE");
    // Through to the result in Kazakhstan, then "Change your answers" and Back: not the consulate.
    await button(page, en.result.instead_in_country_button).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    assert.equal(addressPairs(page.url()).route, "in_country");
    await page.getByRole("button", { name: en.result.change_answers }).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    const back = await backTo(page, en.check.title);
    assert.notEqual(back, en.result.title);
    assert.equal(addressPairs(page.url()).route, "in_country");
  });
  // A second regression audit: after Changes on that way, Check came back on the way back after
  // every one; a date changed to one whose consular rules ask more (the group) made Back open
  // that question, never seen. Now a Change's detour leaves no trace, and where the way left
  // cannot be reached with the answers given since, Back walks the way in Kazakhstan.
  await withPage(async (page) => {
    const visited = await toCheckInKazakhstan(page);
    await button(page, `${en.change} ${en.check.date}`).click();
    await nextPage(page, en.check.title);
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.date.title), en.check.title);
    const last = await backTo(page, en.check.title);
    assert.notEqual(last, en.check.title);
    assert.notEqual(last, en.q.date.title, "the Change's detour is not on the way back");
    // The date changed to 2025, when the consulate's rules asked the group.
    let now = await heading(page);
    while (now !== en.check.title) {
      await button(page, en.continue_button).click();
      now = await nextPage(page, now);
    }
    await button(page, `${en.change} ${en.check.date}`).click();
    await nextPage(page, en.check.title);
    await fillDate(page, en.q.date.title, "2025-06-03");
    await button(page, en.continue_button).click();
    now = await nextPage(page, en.q.date.title);
    const seen = [now];
    for (let i = 0; i < visited.length + 4 && now !== en.result.title; i++) {
      // The start page has no Back button.
      if ((await button(page, en.back).count()) === 0) break;
      await button(page, en.back).click();
      now = await nextPage(page, now);
      seen.push(now);
    }
    assert.ok(!seen.includes(en.q.category.title), seen.join(" > "));
  });
});

// Found by a copy-editor's audit (2026-12-05): the child category asked "What is your date of
// birth?" with an adult's example (1980), and a parent typing their own was told the child is 16
// or older.
test("the child category asks the child's date of birth, with a child's example, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage(async (page) => {
      await open(page, app.server.url, "/" + query({ ...SPOUSE, lang, cat: "child", "doc.marriage_certificate": undefined, step: "birth-date" }));
      assert.equal(await heading(page), t.q.birth_date.title_child);
      const text = await page.getByRole("main").innerText();
      const year = Number(new Date().getFullYear()) - 6;
      assert.ok(text.includes(fmt(t.date_hint, { example: `27 3 ${year}` })), `${lang}: ${text}`);
      await button(page, t.continue_button).click();
      await page.getByText(t.q.birth_date.error_missing_child).first().waitFor();
    });
  }
  // Any other group: the applicant's own.
  await withPage(async (page) => {
    await open(page, app.server.url, "/" + query({ ...SPOUSE, cat: "senior", "doc.marriage_certificate": undefined, step: "birth-date" }));
    assert.equal(await heading(page), en.q.birth_date.title);
  });
});

// Found by an audit of today's changes (2026-12-05): after "What is the child's date of birth?",
// the identity document was "yours", which a parent read as their own.
test("a parent applying for a child: every identity question is about the child's document, en/ru", async () => {
  const child = {
    ...SPOUSE_PERSON,
    date: "2025-06-03",
    cit: "CN",
    idBy: "CN",
    dob: "2016-03-01",
    cat: "child",
    idLatin: false,
    docs: { birth_certificate: { have: true, issuer: "CN", language: "other", translated: "yes", certified: "apostille" } },
  };
  for (const lang of ["en", "ru"]) {
    const q = L[lang].q;
    await withPage(async (page) => {
      await open(page, app.server.url, "/" + query({ lang }));
      const titles = [];
      await walk(page, child, { lang, onPage: async () => titles.push(await heading(page)) });
      for (const title of [q.birth_date.title_child, q.id_type.title_child, q.id_details.expires_label_child, q.id_details.latin_label_child]) {
        assert.ok(titles.includes(title), `${lang}: ${title} not in ${titles.join(" | ")}`);
      }
      for (const title of [q.birth_date.title, q.id_type.title, q.id_details.expires_label, q.id_details.latin_label]) {
        assert.ok(!titles.includes(title), `${lang}: ${title}`);
      }
    });
  }
});

// Found by an audit: the child's identity pages asked about "the child's" document, but their
// errors said "your" (a parent reads their own).
test("a parent applying for a child: the identity pages' errors are about the child's document, en/ru/kk", async () => {
  const child = { route: "consulate", at: "CN", date: "2025-06-03", has_iin: "no", cit: "CN", dob: "2016-03-01", cat: "child" };
  for (const lang of ["en", "ru", "kk"]) {
    const q = L[lang].q;
    await withPage(async (page) => {
      const pages = [
        [{ ...child, step: "identity" }, q.id_type.error_child],
        [{ ...child, id: "passport", step: "identity-expiry" }, q.id_details.error_expires_missing_child],
        [{ ...child, id: "passport", id_exp: "2030-01-01", step: "identity-letters" }, q.id_details.error_latin_child],
      ];
      for (const [state, error] of pages) {
        await open(page, app.server.url, query({ lang, ...state }));
        if (state.step === "identity") await radio(page, q.id_type.title_child, q.id_type.none_child).waitFor();
        if (state.step === "identity-expiry") await dateBoxes(page, await heading(page), lang).day.fill("");
        await button(page, L[lang].continue_button).click();
        await page.getByRole("link", { name: error, exact: true }).waitFor({ timeout: 5000 });
      }
    });
  }
});

// Found by the same audit: a consulate that declares rules whose term has ended said "if it no
// longer offers it, you can apply at a Public Service Centre", with no way there (its country
// preset, no route to change).
test("declared rules out of their term: the way in Kazakhstan one press away from 'if it no longer offers it'", async () => {
  await withPage(async (page) => {
    const state = { ...SPOUSE, country: "DE", at: undefined, route: undefined, ruleset: "fi-pilot-2025", date: "2026-12-07", step: "result" };
    await open(page, app.server.url, "/" + query(state));
    const next = page.getByRole("region", { name: en.result.next_title, exact: true });
    await next.getByRole("button", { name: en.result.instead_in_country_button }).click();
    // The answers given at the consulate stand (found by an audit: four questions answered
    // there were asked again, one by one): "Check your answers", then the result there.
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    assert.equal(addressPairs(page.url()).route, "in_country");
  });
});

// Found on a walk (stop 64, mended stop 66): in a frame, whose address holds no answer, the
// browser's Back after the Public Service Centre button returned to the consulate's result
// (its address presets the consulate), and Forward then showed the consulate's "Check your
// answers": the way was taken from memory. (The app as a frame opens it: `embed=iframe`.)
test("in a frame: Back then Forward after the Public Service Centre button keeps each page's way, and Forward again", async () => {
  await withPage(async (page) => {
    const state = { ...SPOUSE, country: "DE", at: undefined, route: undefined, ruleset: "fi-pilot-2025", date: "2028-03-14", embed: "iframe", step: "result" };
    await open(page, app.server.url, "/" + query(state));
    const way = async () => (await page.getByRole("main").innerText()).includes(en.q.route.in_country) ? "in_country" : "consulate";
    await page.getByRole("region", { name: en.result.next_title, exact: true }).getByRole("button", { name: en.result.instead_in_country_button }).click();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    assert.equal(await way(), "in_country");
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    const pscVerdict = verdictSaid("verdict_eligible", "in_country", "en");
    await page.getByText(pscVerdict, { exact: true }).first().waitFor({ timeout: 5000 });
    assert.ok(!/[#&?](route|date|cit)=/.test(page.url()), page.url());
    // Back twice: Check on the way in Kazakhstan, then the consulate's result.
    await page.goBack();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    assert.equal(await way(), "in_country");
    await page.goBack();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    await page.getByText(verdictSaid("verdict_action_needed_out_of_term", "consulate", "en", "2028-03-14"), { exact: true }).first().waitFor({ timeout: 5000 });
    // Forward twice: the pages of the way in Kazakhstan again.
    await page.goForward();
    assert.equal(await nextPage(page, en.result.title), en.check.title);
    assert.equal(await way(), "in_country", "Forward: Check on the way in Kazakhstan, not the consulate's");
    await page.goForward();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    await page.getByText(pscVerdict, { exact: true }).first().waitFor({ timeout: 5000 });
  });
});

// Found by the same audit: the skip link pressed on "Loading" (a saved link, on a slow link):
// the focus fell to the page's body when the app took over.
test("the skip link pressed on 'Loading' before the app has opened a saved result: the focus stays on the page", async () => {
  await withPage(async (page) => {
    const release = await holdWasm(page);
    await page.goto(app.server.url + "/" + query({ ...SPOUSE, step: "result" }), { waitUntil: "domcontentloaded" });
    await page.locator("#prerendered a.skip-link").focus();
    await page.keyboard.press("Enter");
    release();
    await page.waitForFunction(() => document.querySelector(".app") && !document.getElementById("prerendered"));
    await page.waitForFunction(() => document.activeElement?.matches(".app main"), null, { timeout: 8000 });
  });
});

// Found by an audit in Firefox (2026-12-05), in both browsers: on "Check your answers" in
// Russian at desktop width, one long word ("засвидетельствованный") pushed its row's answer
// 33 px right of the others.
test("Check your answers at desktop width: every answer starts in the same column, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    await withPage(
      async (page) => {
        await open(page, app.server.url, "/" + query({ ...SPOUSE, lang, step: "check" }));
        const lefts = await page.locator(".summary__value").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
        assert.ok(lefts.length > 5, `${lang}: ${lefts}`);
        assert.equal(new Set(lefts).size, 1, `${lang}: ${lefts}`);
      },
      { viewport: { width: 1280, height: 800 } },
    );
  }
});

// Found by a copy-editor's audit (2026-12-05): a damaged link's notice named its unreadable
// answers by the check page's labels, statements out of context («ИИН уже есть», "Expires on").
test("a damaged link's notice names the questions as questions, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    const t = L[lang];
    await withPage(async (page) => {
      await open(page, app.server.url, "/" + query({ ...SPOUSE, lang, has_iin: "maybe", id_exp: "2030-13-01", step: "check" }));
      const notice = await page.getByRole("status").filter({ hasText: fmt(t.notice_params_ignored, { list: "" }).split(":")[0] }).first().innerText();
      assert.ok(notice.includes(t.link_field.has_iin) && notice.includes(t.link_field.id_expires), `${lang}: ${notice}`);
      assert.ok(!notice.includes(t.check.has_iin), `${lang}: ${notice}`);
    });
  }
});

// Found by an audit walking a name change (2026-12-05): "Document confirming the changed
// personal data: do you have it?" had no hint; its examples were on the result only.
test("the changed-data document's question says what it may be, en/ru/kk", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage(async (page) => {
      const state = { ...CORRECTION, lang, rep: "no", step: "doc-changed_data_certificate" };
      await open(page, app.server.url, query(state));
      const title = fmt(t.q.document.title, { name: t.documents.changed_data_certificate });
      assert.equal(await heading(page), title);
      const group = page.getByRole("group", { name: title, exact: true });
      const described = await group.evaluate((el) =>
        (el.getAttribute("aria-describedby") || "").split(/\s+/).map((id) => document.getElementById(id)?.textContent || "").join(" "),
      );
      assert.ok(described.includes(t.q.document.changed_data_hint), `${lang}: ${described}`);
    });
  }
});

// Found by an audit of groups rarely walked (2026-12-06): "Document confirming your group: do
// you have it?" described no document; and one from Germany was told flatly to get an
// apostille, though the sources do not say what it is (a company's letter needs none).
test("the group's proof: its question says what it may be; an apostille of it is said to be our reading, en/ru/kk", async () => {
  const head = { ruleset: "fi-pilot-2025", route: "consulate", at: "DE", date: "2025-06-16", has_iin: "no", cit: "DE", cat: "company_head" };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage(async (page) => {
      await open(page, app.server.url, query({ ...head, lang, id: "passport", id_exp: "2031-01-01", step: "doc-category_proof" }));
      const title = fmt(t.q.document.title, { name: t.documents.category_proof });
      assert.equal(await heading(page), title);
      const group = page.getByRole("group", { name: title, exact: true });
      const described = await group.evaluate((el) =>
        (el.getAttribute("aria-describedby") || "").split(/\s+/).map((id) => document.getElementById(id)?.textContent || "").join(" "),
      );
      assert.ok(described.includes(t.q.document.category_proof_hint), `${lang}: ${described}`);
    });
    await withPage(async (page) => {
      await open(page, app.server.url, query({ ...head, lang, id: "passport", id_exp: "2031-01-01", "doc.category_proof": "yes-DE-other-no-none", step: "result" }));
      const entry = await card(page, "category_proof", lang).innerText();
      assert.ok(entry.includes(t.notes.public_kind_is_our_reading), `${lang}: ${entry}`);
    });
  }
});

// Found by an audit in Firefox (2026-12-05): dates typed in full-width digits, as a Chinese
// input method in its full-width mode types them, were refused ("The year must have 4 digits"
// of a year with four).
test("full-width digits in the date boxes are read as digits", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-10", has_iin: "no", cit: "TR", id: "passport", step: "identity-expiry" }));
    const title = await heading(page);
    const boxes = dateBoxes(page, title);
    await boxes.day.fill("２０");
    await boxes.month.fill("８");
    await boxes.year.fill("２０３１");
    await button(page, en.continue_button).click();
    const next = await nextPage(page, title);
    assert.notEqual(next, title);
    assert.equal(addressPairs(page.url()).id_exp, "2031-08-20");
  });
  // And Arabic-Indic or Persian digits, from an Arabic or Persian keyboard (a regression audit).
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "ru", route: "in_country", date: "2026-12-10", has_iin: "no", cit: "TR", id: "passport", step: "identity-expiry" }));
    const title = await heading(page);
    const boxes = dateBoxes(page, title, "ru");
    await boxes.day.fill("٢٠");
    await boxes.month.fill("۸");
    await boxes.year.fill("٢٠٣١");
    await button(page, L.ru.continue_button).click();
    await nextPage(page, title, "ru");
    assert.equal(addressPairs(page.url()).id_exp, "2031-08-20");
  });
});

// Found by an audit of changed answers (stop 53): a 65+ applicant's group changed to "Child
// under 16" went straight back to "Check your answers" with "The child's date of birth — 5 May
// 1950" (the parent's own) and the verdict "You cannot get an IIN this way"; a passport changed
// to a refugee certificate kept the passport's expiry ("renew it"); a Chinese passport's
// letters and translation were kept for a UAE one.
test("an answer that changes the person or the identity document asks again what was said of the other", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "consulate", ruleset: "fi-pilot-2025", at: "RU", date: "2025-06-02", has_iin: "no", cit: "RU", dob: "1950-05-05", cat: "senior", id: "passport", id_exp: "2030-01-01", step: "check" }));
    await button(page, `${en.change} ${en.check.category}`).click();
    await nextPage(page, en.check.title);
    const child = { hasIin: false, cit: "RU", dob: "2015-05-05", cat: "child", id: "passport", idExp: "2030-01-01", idLatin: true, docs: { birth_certificate: { have: true, issuer: "RU", language: "ru" }, parent_kz_identity: { have: true } } };
    const shown = await walk(page, child, { stopAt: "check" });
    // The answers asked after the group's page; those before it stay, shown on Check.
    for (const asked of ["birth_date", "id_type", "id_expiry"]) {
      assert.ok(shown.includes(asked), `${asked} not asked again: ${shown.join(" > ")}`);
    }
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
    const main = await page.getByRole("main").innerText();
    assert.ok(!main.includes(en.reasons.child_not_under_16), main);
  });
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", cit: "AF", id: "passport", id_exp: "2026-05-01", id_latin: "yes", step: "check" }));
    await button(page, `${en.change} ${en.check.id_type}`).click();
    await nextPage(page, en.check.title);
    const shown = await walk(page, { id: "refugee_certificate", idExp: "2029-01-01" }, { stopAt: "check" });
    assert.ok(shown.includes("id_expiry"), shown.join(" > "));
    await button(page, en.check.button).click();
    await nextPage(page, en.check.title);
    assert.ok(!(await page.getByRole("main").innerText()).includes(en.result.need_renew));
  });
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", cit: "CN", id: "passport", id_exp: "2030-01-01", id_latin: "no", "doc.passport_translation": "yes-CN-_-_-apostille", step: "check" }));
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    await nextPage(page, en.check.title);
    const shown = await walk(page, { cit: "AE", id: "passport", idExp: "2031-01-01", idLatin: true }, { stopAt: "check" });
    assert.ok(shown.includes("id_letters") && shown.includes("id_expiry"), shown.join(" > "));
    const terms = await page.getByRole("term").allInnerTexts();
    assert.ok(!terms.includes(en.documents.passport_translation), terms.join(" | "));
  });
});

// Found by a regression audit (stop 53): the group changed to "Child under 16" by going Back
// from a later page (not from Check) skipped the questions forgotten before it, left "Not
// answered" on Check, and "See your result" walked every page again.
test("the group changed to a child's by going Back asks the child's questions once, and Check has every answer", async () => {
  await withPage(async (page) => {
    const spouse = { lang: "en", ruleset: "fi-pilot-2025", route: "consulate", at: "DE", date: "2026-12-08", has_iin: "no", cit: "DE", cat: "spouse", id: "passport", id_exp: "2030-01-01", id_latin: "yes", step: "doc-marriage_certificate" };
    await open(page, app.server.url, query(spouse));
    for (let i = 0; i < 6 && (await heading(page)) !== en.q.category.title; i++) {
      const h = await heading(page);
      await page.getByRole("link", { name: en.back }).or(page.getByRole("button", { name: en.back })).first().click();
      await nextPage(page, h);
    }
    assert.equal(await heading(page), en.q.category.title);
    const child = { cat: "child", dob: "2015-03-03", id: "passport", idExp: "2029-01-01", idLatin: true, docs: { birth_certificate: { have: true, issuer: "DE", language: "other", translated: "yes", certified: "apostille" }, parent_kz_identity: { have: true } } };
    const shown = await walk(page, child, { stopAt: "check" });
    assert.ok(shown.includes("birth_date") && shown.includes("id_expiry"), shown.join(" > "));
    const main = await page.getByRole("main").innerText();
    assert.ok(!main.includes(en.check.not_answered), main);
    await button(page, en.check.button).click();
    assert.equal(await nextPage(page, en.check.title), en.result.title);
  });
});

// Found by a keyboard audit (stop 53): "I am stateless" was the 251st of 251 options, and a
// country highlighted with the arrows then left with Tab was not taken ("Choose your
// citizenship"); a representative's correction showed only the child's hint.
test("the country box: 'stateless' first, Tab takes the highlighted country; a correction's pages speak to a representative", async () => {
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", step: "citizenship" }));
    const box = countryBox(page, title);
    await box.focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    const first = await page.getByRole("listbox").getByRole("option").first().innerText();
    assert.ok(first.includes(en.q.citizenship.stateless), first);
    await box.fill("Uzb");
    await page.getByRole("listbox").waitFor({ timeout: 5000 });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    assert.equal(await chosenCountry(page, title), "UZ");
    await button(page, en.continue_button).click();
    assert.notEqual(await nextPage(page, title), title);
  });
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "yes", purpose: "correction", step: "citizenship" }));
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(en.q.for_someone_else), main);
  });
});

// Found by an audit (stop 53): China's passport answers, Kazakhstan's citizenship, Back and
// Forward, then the United Arab Emirates: the Chinese passport's expiry, letters and translation
// were kept for the UAE one (the entry of Kazakhstan's citizenship named no passport).
test("another passport after Back and Forward through Kazakhstan's citizenship asks its questions again", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", cit: "CN", id: "passport", id_exp: "2030-01-01", id_latin: "no", "doc.passport_translation": "yes-CN-_-_-apostille", step: "check" }));
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    await nextPage(page, en.check.title);
    await chooseCountry(page, en.q.citizenship.title, "KZ");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.citizenship.title), en.check.title);
    await page.goBack();
    await nextPage(page, en.check.title);
    await page.goForward();
    assert.equal(await nextPage(page, en.q.citizenship.title), en.check.title);
    await button(page, `${en.change} ${en.check.citizenship}`).click();
    await nextPage(page, en.check.title);
    await chooseCountry(page, en.q.citizenship.title, "AE");
    await button(page, en.continue_button).click();
    assert.equal(await nextPage(page, en.q.citizenship.title), en.q.id_details.expires_label);
  });
});

// Found by an embedding audit (2026-12-06): on a desktop, a consulate's preset country said "Set
// by this embassy or consulate" in the narrow column of the "Change" links, «посольством»
// broken over two lines; it goes under the answer, across both columns.
test("check your answers: the preset country's note is under the answer, its words whole, ru, desktop", async () => {
  await withPage(async (page) => {
    await open(page, app.server.url, query({ ...SPOUSE, lang: "ru", country: "DE", step: "check" }));
    await page.getByRole("heading", { level: 1, name: L.ru.check.title }).waitFor();
    const note = page.getByText(L.ru.check.preset, { exact: true });
    const [box, value] = [await note.boundingBox(), await note.locator("xpath=preceding-sibling::dd[1]").boundingBox()];
    assert.ok(box.width >= value.width, `note ${JSON.stringify(box)}, answer ${JSON.stringify(value)}`);
    assert.ok(box.y >= value.y + value.height - 1, "under the answer");
    const lines = await note.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    assert.ok(lines <= 2, `${lines} lines`);
  }, { viewport: { width: 1280, height: 900 } });
});

// Found by an audit of odd input (stop 58): the citizenship hint says to type "stateless"
// («без гражданства», «азаматтығы жоқ»); typed and sent, the page said "Choose your
// citizenship", and on a phone a tap on the box did not bring the list back.
test("the word the citizenship hint says to type is an answer, en/ru/kk; a tap reopens the list after 'choose'", async () => {
  for (const lang of ["en", "ru", "kk"]) {
    await withPage(async (page) => {
      const title = await open(page, app.server.url, query({ ...CITIZENSHIP, lang }));
      const hint = L[lang].q.citizenship.hint;
      const word = hint.match(/[“«]([^”»]+)[”»]/)[1];
      await countryBox(page, title).fill(word);
      await button(page, L[lang].continue_button).click();
      assert.notEqual(await nextPage(page, title, lang), title, `${lang}: "${word}"`);
      assert.equal(new URL(page.url()).hash.includes("cit=stateless"), true, page.url());
    }, { viewport: { width: 390, height: 844 } });
  }
  // The hint's words are answers in full, not a search of their own: "stat" lists the United
  // States before the stateless choice, and no option repeats its own word in brackets (a
  // regression audit).
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query(CITIZENSHIP));
    await countryBox(page, title).fill("stat");
    const options = await page.getByRole("listbox").getByRole("option").allInnerTexts();
    const us = options.indexOf(countryName("US"));
    const stateless = options.findIndex((o) => o.startsWith(L.en.q.citizenship.stateless));
    assert.ok(us >= 0 && (stateless < 0 || us < stateless), JSON.stringify(options));
    assert.ok(!options.some((o) => o.includes("(stateless)")), JSON.stringify(options));
  });
  await withPage(async (page) => {
    const title = await open(page, app.server.url, query(CITIZENSHIP));
    const box = countryBox(page, title);
    await box.fill("ger");
    await box.press("Escape");
    await button(page, L.en.continue_button).click();
    await page.locator("#error-summary").waitFor({ timeout: 5000 });
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    await box.tap();
    await page.waitForFunction(() => document.querySelector("[role=combobox]")?.getAttribute("aria-expanded") === "true", null, { timeout: 5000 });
    assert.ok((await page.getByRole("listbox").getByRole("option").count()) > 1);
  }, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
});

// Found by an audit of odd input (stop 58): a consulate's post shared on a social network
// adds fbclid or utm_* to the link, and the page said part of it "could not be read"; a
// result link pasted with the sentence's full stop on it ("step=result.") opened the start.
test("a link's tracking tags are no 'could not be read'; a result link with a full stop after it opens the result, ru", async () => {
  const t = L.ru;
  const before = t.notice_link_parts_ignored.split("{{")[0].trim();
  await withPage(async (page) => {
    await page.goto(app.server.url + "/?lang=ru&fbclid=IwAR3xYz_abc123&utm_source=facebook&utm_medium=social");
    assert.equal(await heading(page), t.start.title);
    await page.waitForTimeout(500);
    assert.ok(!(await page.getByRole("main").innerText()).includes(before));
    const result = query({ ...SPOUSE, lang: "ru", step: "result" });
    await page.goto(app.server.url + "/" + result + ".");
    assert.equal(await heading(page), t.result.title);
    assert.ok(!(await page.locator("body").innerText()).includes(before));
  });
});
