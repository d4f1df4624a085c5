// A parent getting an IIN for their child reads every page about the child: the questions
// before the group is chosen say to answer about the child, and the result, the checklist and
// Check your answers name the child's things as the child's. Written for the faults an audit
// walking such a parent found on the built page (2026-12-05).
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedApp } from "./harness.mjs";
import { L, fmt, heading, withState } from "./pages.mjs";

const app = servedApp();

const withPage = (state, fn) => withState(app, state, fn);

/** A child of a Kazakhstan citizen, at a consulate that declares the 2025 rules. */
const CHILD = {
  ruleset: "fi-pilot-2025",
  route: "consulate",
  at: "DE",
  has_iin: "no",
  cit: "DE",
  cat: "child",
  id: "passport",
  id_by: "DE",
  id_exp: "2030-01-01",
  id_latin: "yes",
  "doc.birth_certificate": "yes-DE-other-yes-apostille",
  "doc.parent_kz_identity": "yes-_-_-_-_",
};

test("'do you have an IIN', 'your citizenship' and the group page tell a parent to answer about the child, en/ru/kk", async () => {
  // Found by an audit: a parent who answered truly (a Kazakh citizen, with an IIN) never
  // reached the child's group.
  const base = { ruleset: "fi-pilot-2025", route: "consulate", at: "DE", date: "2025-06-02" };
  for (const lang of ["en", "ru", "kk"]) {
    const q = L[lang].q;
    await withPage({ ...base, lang, step: "iin" }, async (page) => {
      assert.equal(await heading(page), q.has_iin.title);
      assert.ok((await page.getByRole("main").innerText()).includes(`${q.has_iin.hint} ${q.for_a_child}`), lang);
    });
    await withPage({ ...base, lang, has_iin: "no", step: "citizenship" }, async (page) => {
      assert.equal(await heading(page), q.citizenship.title);
      assert.ok((await page.getByRole("main").innerText()).includes(`${q.citizenship.hint} ${q.for_a_child}`), lang);
    });
    // And on the group page itself, where "Spouse of a citizen" fits the parent (found by an
    // audit of plain questions): the child's group is the child's, not "the applicant's".
    await withPage({ ...base, lang, has_iin: "no", cit: "DE", dob: "2020-03-01", step: "category" }, async (page) => {
      assert.equal(await heading(page), q.category.title);
      const main = await page.getByRole("main").innerText();
      // The hint's own sentences first (the group one can prove most easily: stop 57), the
      // child's last.
      const senior = fmt(q.category.passport_enough, { group: L[lang].categories.senior });
      assert.ok(main.includes(`${q.category.hint_declared} ${q.category.several_fit} ${senior} ${q.for_a_child}`), `${lang}: ${main}`);
      assert.ok(main.includes(L[lang].categories.child_desc), lang);
    });
  }
  // Not on the ministry's way, which serves diplomatic staff only (found by a regression audit).
  for (const step of ["iin", "citizenship"]) {
    await withPage({ lang: "en", route: "mfa", date: "2025-06-02", has_iin: step === "iin" ? undefined : "no", step }, async (page) => {
      await heading(page);
      assert.ok(!(await page.getByRole("main").innerText()).includes(L.en.q.for_a_child), step);
    });
  }
});

test("a child's expired passport, IIN and consent are the child's on the result; Check your answers labels the child's answers, en/ru/kk", async () => {
  // Found by an audit: "Your identity document is no longer valid" of the child's passport, and
  // "you sign a consent to the processing of your personal data" for a baby.
  const state = { ...CHILD, at: "RU", cit: "RU", id_by: "RU", date: "2025-09-15", dob: "2010-03-01", id_exp: "2025-09-14", "doc.birth_certificate": "yes-RU-ru-_-_" };
  for (const lang of ["en", "ru", "kk"]) {
    const t = L[lang];
    await withPage({ ...state, lang, step: "result" }, async (page) => {
      assert.equal(await heading(page), t.result.title);
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(t.reasons.identity_document_expired_child), main);
      assert.ok(!main.includes(t.reasons.identity_document_expired), main);
      assert.ok(main.includes(t.result.result_iin_child), main);
      assert.ok(!main.includes(t.result.result_doc_child), main);
      assert.ok(main.includes(t.notes.written_consent_at_mission_child), main);
      assert.ok(!main.includes(t.notes.written_consent_at_mission), main);
      if (lang === "en") assert.ok(!main.includes("Your IIN"), main);
    });
    await withPage({ ...state, lang, step: "check" }, async (page) => {
      assert.equal(await heading(page), t.check.title);
      const main = await page.getByRole("main").innerText();
      for (const label of [t.check.has_iin_child, t.check.citizenship_child, t.check.birth_date_child, t.check.category_child, t.check.id_type_child, t.check.id_expires_child]) {
        assert.ok(main.includes(label), `${lang}: ${label}`);
      }
    });
  }
});

test("a baby without an identity document: the checklist asks for the child's passport, and the why says whose", async () => {
  const state = { ...CHILD, lang: "en", id: "none", id_by: undefined, id_exp: undefined, id_latin: undefined, dob: "2025-01-10", date: "2025-06-02", "doc.birth_certificate": "yes-DE-other-no-none", step: "result" };
  await withPage(state, async (page) => {
    const checklist = page.getByRole("region", { name: L.en.result.checklist_title, exact: true });
    assert.equal(await checklist.getByRole("heading", { level: 3, name: L.en.result.passport_child, exact: true }).count(), 1);
    const main = await page.getByRole("main").innerText();
    assert.ok(main.includes(L.en.reasons.identity_document_missing_child), main);
  });
});

test("a child's document of unknown issuer: 'I don't know' assumes the child's citizenship, not yours, en/ru", async () => {
  for (const lang of ["en", "ru"]) {
    const hints = L[lang].q.document;
    await withPage({ ...CHILD, lang, date: "2025-06-02", dob: "2015-01-01", "doc.birth_certificate": "yes", step: "issuer-birth_certificate" }, async (page) => {
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(hints.issuer_unknown_hint_child), main);
      assert.ok(!main.includes(hints.issuer_unknown_hint), main);
    });
  }
});

test("a child's certificate of unknown issuer: the why says it may need a certification, as its entry does, en/ru", async () => {
  // Found by a regression audit: "A foreign document still needs an apostille" of a certificate
  // judged as German only because the parent did not know where it was issued.
  const state = { ...CHILD, date: "2025-06-02", dob: "2015-01-01", "doc.birth_certificate": "yes-unknown-other-no-unknown", step: "result" };
  for (const lang of ["en", "ru"]) {
    const t = L[lang];
    await withPage({ ...state, lang }, async (page) => {
      const main = await page.getByRole("main").innerText();
      assert.ok(main.includes(t.reasons.certification_needed_issuer_unknown), main);
      assert.ok(!main.includes(t.reasons.certification_needed), main);
    });
  }
});
