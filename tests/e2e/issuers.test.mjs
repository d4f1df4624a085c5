// Who issued a document, and what the page says of it, for people whose answer is not simply
// "my country" (a stateless person, a refugee, a private document), on screen, on paper and
// with the browser's text enlarged. Each test was written for a fault an audit found on the
// built page (2026-12-05).
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp } from "./harness.mjs";
import { L, fmt, heading, card, withState, countryName } from "./pages.mjs";

const app = servedApp();

const withPage = (state, fn, options) => withState(app, state, fn, options);

/** A correction asked at a Public Service Centre on Monday 7 December 2026. */
const CORRECTION_ON_DEC_7 = { route: "in_country", date: "2026-12-07", has_iin: "yes", purpose: "correction" };

/** A stateless person without an identity document, whose representative asks for a correction. */
const STATELESS_REPRESENTED = {
  ...CORRECTION_ON_DEC_7,
  cit: "stateless",
  id: "none",
  prison: "no",
  rep: "yes",
  "doc.changed_data_certificate": "no",
  "doc.power_of_attorney": "no",
  "doc.special_form": "no",
};

// Found by an audit comparing the page with the engine (stop 57): a Puerto Rico certificate
// was sent to "a consular legalization: the Apostille Convention is not in force between Puerto
// Rico and Kazakhstan", a legalization Puerto Rico's authorities do not give (they issue
// apostilles, the United States being a party).
test("a certificate from Puerto Rico needs an apostille from there, as our reading, never a legalization, en/ru/kk", async () => {
  const american = { ...CORRECTION_ON_DEC_7, cit: "US", id: "passport", id_exp: "2030-01-01", rep: "no" };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage({ ...american, lang, "doc.changed_data_certificate": "yes-PR-other-yes-none", step: "result" }, async (page) => {
      const entry = await card(page, "changed_data_certificate", lang).innerText();
      assert.ok(entry.includes(fmt(t.result.certification_apostille, { country: countryName("PR", lang) })), `${lang}: ${entry}`);
      assert.ok(entry.includes(t.notes.territory_of_apostille_party), `${lang}: ${entry}`);
      assert.ok(entry.includes(t.result.need_apostille) && !entry.includes(t.result.need_legalization), `${lang}: ${entry}`);
    });
    await withPage({ ...american, lang, "doc.changed_data_certificate": "yes-PR-other-yes-apostille", step: "result" }, async (page) => {
      const main = await page.getByRole("main").innerText();
      assert.ok(!main.includes(t.result.need_apostille) && !main.includes(t.result.need_legalization), `${lang}: ${main}`);
    });
  }
});

test("a stateless person with no state known: the power of attorney not yet made keeps its way abroad, never 'issued in Kazakhstan', en/ru/kk", async () => {
  // Found by an audit: "No translation needed. Issued in Kazakhstan: no apostille or
  // legalization needed" of a document the person will likely sign before a notary abroad.
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage({ ...STATELESS_REPRESENTED, lang, step: "result" }, async (page) => {
      assert.equal(await heading(page), t.result.title);
      const poa = await card(page, "power_of_attorney", lang).innerText();
      assert.ok(poa.includes(t.result.ways_title), poa);
      assert.ok(poa.includes(t.result.way_kazakhstan), poa);
      assert.ok(poa.includes(t.result.way_abroad_any), poa);
      assert.ok(poa.includes(t.notes.power_of_attorney_likely_made_abroad), poa);
      assert.ok(!poa.includes(t.result.certification_kazakhstan), poa);
    });
  }
});

test("the way abroad of a power of attorney carries its treaty's hedge and source, as the same state's certificate does", async () => {
  // Found by an audit: Bangladesh's apostille (in force from 30 March 2025) was hedged and
  // sourced on the certificate, and neither on "With a notary in Bangladesh".
  const state = {
    lang: "en",
    ...CORRECTION_ON_DEC_7,
    cit: "BD",
    id: "passport",
    id_exp: "2030-01-01",
    id_latin: "no",
    rep: "yes",
    "doc.passport_translation": "no",
    "doc.changed_data_certificate": "yes-BD-other-yes-none",
    "doc.power_of_attorney": "no",
    step: "result",
  };
  await withPage(state, async (page) => {
    const certificate = card(page, "changed_data_certificate");
    const poa = card(page, "power_of_attorney");
    const hedge = L.en.notes.treaty_row_not_verified;
    assert.ok((await certificate.innerText()).includes(hedge), "the certificate's hedge");
    // On the way abroad it is about, naming the state (found by a regression audit: under the
    // whole entry, it read as a doubt on the way in Kazakhstan).
    const abroad = poa.locator("ol.ways > li").nth(1);
    const line = await abroad.innerText();
    assert.ok(line.includes(fmt(L.en.result.way_abroad_unverified, { country: "Bangladesh" })), line);
    assert.ok(!(await poa.innerText()).includes(hedge), "not as a note of the whole entry");
    const sources = await poa.locator("details.sources").textContent();
    assert.ok(sources.includes("Bangladesh"), sources);
  });
  // Moldova's review note, the same way, in Russian.
  await withPage({ ...state, lang: "ru", cit: "MD", id_latin: "yes", "doc.passport_translation": undefined, "doc.changed_data_certificate": "yes-KZ-ru-_-_" }, async (page) => {
    const poa = card(page, "power_of_attorney", "ru");
    const line = await poa.locator("ol.ways > li").nth(1).innerText();
    assert.ok(line.includes(L.ru.result.way_abroad_under_review.split("{{ country }}")[1]), line);
    assert.ok(!(await poa.innerText()).includes(L.ru.notes.treaty_status_under_review), "not as a note of the whole entry");
  });
});

test("a held power of attorney whose notary is not known, of a refugee: the why says it may need a certification, as the entry does", async () => {
  // Found by a regression audit: "A foreign document still needs an apostille" of a document a
  // refugee may have had made in Kazakhstan, beside an entry that says "if issued outside".
  const state = {
    lang: "en",
    ...CORRECTION_ON_DEC_7,
    cit: "stateless",
    id: "refugee_certificate",
    id_exp: "2030-01-01",
    rep: "yes",
    "doc.changed_data_certificate": "yes-KZ-ru-_-_",
    "doc.power_of_attorney": "yes-unknown-ru-_-none",
    step: "result",
  };
  await withPage(state, async (page) => {
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(L.en.reasons.certification_needed_issuer_unknown), main);
    assert.ok(!main.includes(L.en.reasons.certification_needed), main);
  });
});

test("a refugee certificate is Kazakhstan's: no question of which country issued it, and Check names none", async () => {
  // Found by an audit: asked "Which country issued your identity document?", a refugee who
  // answered truly had their other documents judged as Kazakh.
  const state = {
    lang: "en",
    ...CORRECTION_ON_DEC_7,
    cit: "stateless",
    id: "refugee_certificate",
    id_by: "AF",
    id_exp: "2030-01-01",
    rep: "no",
    "doc.changed_data_certificate": "no",
  };
  await withPage({ ...state, step: "check" }, async (page) => {
    assert.equal(await heading(page), L.en.check.title);
    const main = await page.getByRole("main").innerText();
    assert.ok(!main.includes("Afghanistan"), main);
  });
  await withPage({ ...state, step: "result" }, async (page) => {
    const certificate = await card(page, "changed_data_certificate").innerText();
    assert.ok(certificate.includes(L.en.result.assumed_unknown), certificate);
  });
});

test("the issuer page's 'I don't know' tells a stateless person what is assumed, never 'your citizenship', en/ru/kk", async () => {
  // Found by an audit: "We will assume the country of your citizenship" to someone who has just
  // said they have none.
  const base = { ...STATELESS_REPRESENTED, rep: "no", "doc.power_of_attorney": undefined, "doc.changed_data_certificate": "yes", step: "issuer-changed_data_certificate" };
  for (const lang of ["en", "ru", "kk"]) {
    const hints = L[lang].q.document;
    // A passport from Ukraine: the country of that passport is assumed.
    await withPage({ ...base, lang, id: "passport", id_by: "UA", id_exp: "2030-01-01", id_latin: "yes", prison: undefined, "doc.special_form": undefined }, async (page) => {
      const main = await page.getByRole("main").innerText();
      const [before, after] = hints.issuer_unknown_hint_id_issuer.split("{{ country }}");
      assert.ok(main.includes(before) && main.includes(after), main);
      assert.ok(!main.includes(hints.issuer_unknown_hint), main);
    });
    // No identity document: no country is assumed.
    await withPage({ ...base, lang }, async (page) => {
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(hints.issuer_unknown_hint_no_state), main);
      assert.ok(!main.includes(hints.issuer_unknown_hint), main);
    });
  }
});

test("a private document's issuer page says what its issuer decides: a translation, never an apostille", async () => {
  // Found by an audit: "It decides whether the document needs an apostille or a legalization"
  // of an IT portfolio, which never needs either.
  const state = {
    lang: "en",
    route: "consulate",
    at: "DE",
    date: "2025-06-02",
    has_iin: "no",
    cit: "RU",
    cat: "digital_nomad",
    id: "passport",
    id_exp: "2030-01-01",
    "doc.it_diploma": "yes-DE-other-yes-none",
    "doc.it_training_certificate": "yes-RU-ru-_-_",
    "doc.it_manager_appointment": "no",
    "doc.it_portfolio": "yes-_-_-_-_",
    step: "issuer-it_portfolio",
  };
  await withPage(state, async (page) => {
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(L.en.q.document.issuer_hint_private), main);
    assert.ok(!main.includes(L.en.q.document.issuer_hint), main);
  });
});

test("printed, the result keeps its sources and the marks of our interpretation, opened for paper and closed again after", async () => {
  // Found by an audit: every source was hidden from the printout, which still said the
  // interpretations were "marked beside them".
  await withPage({ ...STATELESS_REPRESENTED, lang: "en", step: "result" }, async (page) => {
    const folds = page.getByRole("main").locator("details.sources");
    const count = await folds.count();
    assert.ok(count > 0);
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.equal(await page.getByRole("main").locator("details.sources[open]").count(), count);
    // Our readings beside the entries they concern; every source once, with its address, after.
    const printed = await page.getByRole("main").innerText();
    assert.ok(printed.includes(L.en.citations.readings), printed);
    assert.ok(printed.includes(L.en.result.print_sources_title), printed);
    const listed = page.getByRole("main").locator(".print-sources .citation a[href^='https:']");
    assert.ok((await listed.count()) >= 2, "the sources' addresses on paper");
    assert.ok(await listed.first().isVisible());
    const titles = await listed.allInnerTexts();
    assert.equal(new Set(titles).size, titles.length, `each source once: ${titles}`);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.getByRole("main").locator("details.sources[open]").count(), 0, "closed again on screen");
  });
});

test("with the browser's text at 200%, Russian and Kazakh choice pages fit a 390 px phone", async () => {
  // Found by an audit: the route and category pages 407-468 px wide, their labels cut off.
  const pages = [
    { lang: "ru", step: "route" },
    { lang: "kk", step: "route" },
    { lang: "ru", route: "consulate", at: "DE", date: "2025-06-02", has_iin: "no", cit: "CN", step: "category" },
  ];
  for (const state of pages) {
    await withPage(state, async (page) => {
      assert.equal(await page.getByRole("main").getByRole("radio").first().isVisible(), true);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${JSON.stringify(state)}: ${width} px wide`);
    }, { fontSize: 32 });
  }
});

// Found by an audit of reflow (2026-12-06): with the browser's text at 200%, the Russian Rules
// page's headings ran off a 390 px phone, and one-word buttons («Продолжить», «Жалғастыру»,
// «Скопировать ссылку») pushed a 320 px phone's page sideways.
test("with the browser's text at 200%, the Rules page fits a 390 px phone and one-word buttons a 320 px one, ru/kk", async () => {
  await withPage({ lang: "ru", step: "rules" }, async (page) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `ru rules: ${width} px wide`);
  }, { fontSize: 32 });
  const narrow = { viewport: { width: 320, height: 568 }, fontSize: 32 };
  for (const lang of ["ru", "kk"]) {
    await withPage({ lang, route: "in_country", step: "date" }, async (page) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${lang} date: ${width} px wide`);
    }, narrow);
  }
  await withPage({ lang: "ru", route: "in_country", date: "2026-12-08", has_iin: "no", cit: "TR", id: "passport", id_exp: "2030-01-01", id_latin: "yes", step: "result" }, async (page) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `ru result: ${width} px wide`);
  }, narrow);
});

// Found by the same audit: at 200% or 400% zoom the country list's option chosen with the
// arrow keys went below the screen's edge (the list scrolled, the page did not), so a
// keyboard user could not see which country Enter would choose.
test("the country list's active option stays on screen at 200% and 400% zoom", async () => {
  for (const viewport of [{ width: 640, height: 400 }, { width: 320, height: 256 }]) {
    await withPage({ lang: "en", route: "in_country", date: "2026-12-08", has_iin: "no", step: "citizenship" }, async (page) => {
      const box = page.getByRole("combobox", { name: L.en.q.citizenship.title });
      await box.fill("a");
      await page.getByRole("listbox").waitFor({ timeout: 5000 });
      for (let i = 0; i < 9; i++) {
        await page.keyboard.press("ArrowDown");
        const r = await page.evaluate(() => {
          const id = document.activeElement.getAttribute("aria-activedescendant");
          const o = id && document.getElementById(id);
          if (!o) return null;
          const b = o.getBoundingClientRect();
          return { top: b.top, bottom: b.bottom, h: window.innerHeight };
        });
        assert.ok(r, `press ${i + 1}: an active option`);
        assert.ok(r.top >= 0 && r.bottom <= r.h + 1, `${viewport.width}x${viewport.height}, press ${i + 1}: ${JSON.stringify(r)}`);
      }
      // Back up past the first option to the box: the box is on screen again (found by a
      // regression audit: its top at -34 px at 400% zoom).
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowUp");
      const b = await box.evaluate((e) => ({ top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, h: window.innerHeight }));
      assert.ok(b.top >= -1 && b.bottom <= b.h + 1, `${viewport.width}x${viewport.height}, back to the box: ${JSON.stringify(b)}`);
    }, { viewport });
  }
});

// Found by an audit: a mother whose child's birth certificate was translated and notarized in
// Vietnam answered "Yes, it has a notarized translation" and read a clean "You can get an IIN",
// though a translation notarized abroad needs its own apostille or legalization. The question
// says which translation counts, en/ru/kk.
test("the translation question says a translation notarized abroad counts only with its own apostille or legalization, en/ru/kk", async () => {
  const state = {
    route: "consulate", at: "VN", date: "2025-07-01", has_iin: "no", cit: "VN", dob: "2015-03-10", cat: "child",
    id: "passport", id_exp: "2030-01-01", "doc.birth_certificate": "yes-VN-other-_-_", step: "translated-birth_certificate",
  };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage({ ...state, lang }, async (page) => {
      assert.equal(await heading(page), fmt(t.q.document.translated_title, { name: t.documents.birth_certificate }));
      const group = page.getByRole("group", { name: await heading(page), exact: true });
      assert.ok((await group.innerText()).includes(t.q.document.translated_hint), lang);
    });
  }
});

// Found by an audit with new applicants (stop 54): a Kyrgyz citizen's Soviet birth certificate.
// «СССР» found nothing, and nothing said which state to choose.
test("a document issued in the USSR: the box says to choose the state of today, en/ru/kk; not for a citizenship", async () => {
  const base = { ...CORRECTION_ON_DEC_7, cit: "KG", id: "passport", id_exp: "2030-01-01", rep: "no", "doc.changed_data_certificate": "yes", step: "issuer-changed_data_certificate" };
  for (const [lang, typed] of [["en", "USSR"], ["ru", "Киргизская ССР"], ["kk", "КСРО"]]) {
    const t = L[lang];
    await withPage({ ...base, lang }, async (page) => {
      const title = await heading(page);
      await page.getByRole("group", { name: title, exact: true }).getByRole("radio").nth(1).check();
      const box = page.getByRole("combobox", { name: t.q.document.issuer_label, exact: true });
      await box.fill(typed);
      // The former-USSR note (the box's other note says that nothing matches).
      const note = page.locator(".autocomplete__note").filter({ hasText: t.country_search.former_ussr });
      await note.waitFor({ timeout: 5000 });
      assert.equal(await note.innerText(), t.country_search.former_ussr, lang);
      // A country of today typed: the note goes.
      await box.fill(lang === "en" ? "Kyrg" : lang === "ru" ? "Кырг" : "Қырғ");
      await note.waitFor({ state: "detached", timeout: 5000 });
    });
  }
  // The Russian SFSR is one of them; Czechoslovakia's «ЧССР» is not (found by a regression
  // audit).
  await withPage({ ...base, lang: "ru" }, async (page) => {
    await page.getByRole("group", { name: await heading(page), exact: true }).getByRole("radio").nth(1).check();
    const box = page.getByRole("combobox", { name: L.ru.q.document.issuer_label, exact: true });
    const note = page.locator(".autocomplete__note").filter({ hasText: L.ru.country_search.former_ussr });
    await box.fill("РСФСР");
    await note.waitFor({ timeout: 5000 });
    await box.fill("ЧССР");
    await note.waitFor({ state: "detached", timeout: 5000 });
  });
  await withPage({ ...base, lang: "en", step: "citizenship" }, async (page) => {
    await page.getByRole("combobox", { name: L.en.q.citizenship.title, exact: true }).fill("USSR");
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".autocomplete__note").filter({ hasText: L.en.country_search.former_ussr }).count(), 0);
  });
});
