// Shared pieces of journey.test.mjs and a11y.test.mjs: the app's own words (read from
// locales/*.json, so a reworded string does not break a test), URLs that reach a page
// directly, and a "person" who answers whatever question page comes up, finding every
// element by its accessible role and name only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

const load = (code) => JSON.parse(readFileSync(join(ROOT, "locales", `${code}.json`), "utf8"));

/** The interface text per language, as in locales/<lang>.json. */
export const L = { en: load("en"), ru: load("ru"), kk: load("kk") };

/** Fills `{{ name }}` placeholders like leptos_i18n does. */
export function fmt(text, vars = {}) {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => String(vars[k] ?? `{{ ${k} }}`));
}

/** The query string of a URL state (object of key: value), `lang` first. */
export function query(state) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== undefined) params.append(k, v);
  return "?" + params.toString();
}

// Ready-made states (the URL parameters of src/journey/query.rs).
export const SPOUSE = {
  lang: "en",
  route: "consulate",
  at: "DE",
  date: "2025-06-02",
  has_iin: "no",
  cit: "DE",
  cat: "spouse",
  id: "passport",
  id_exp: "2030-01-01",
  id_latin: "yes",
  "doc.marriage_certificate": "yes-DE-other-yes-none",
  consent: "yes",
};
export const CORRECTION = {
  lang: "en",
  route: "in_country",
  date: "2025-06-02",
  has_iin: "yes",
  purpose: "correction",
  cit: "DE",
  id: "passport",
  id_exp: "2030-01-01",
  id_latin: "yes",
};

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A button's accessible name: its text, allowing the decorative arrows the style adds
 * with ::before / ::after (they end up in the accessible name: "← Back", "Start now →"). */
export function buttonName(text) {
  return new RegExp(`^[←→\\s]*${escapeRe(text)}[←→\\s]*$`);
}

/** The button whose text is `text`. */
export function button(page, text) {
  return page.getByRole("button", { name: buttonName(text) });
}

/** Waits until the app has rendered a page (its `<h1>`) and returns the heading text. */
export async function heading(page, timeout = 20000) {
  const h1 = page.getByRole("heading", { level: 1 });
  await h1.waitFor({ timeout });
  return (await h1.innerText()).trim();
}

/** Opens `path` (a query string or "/") and waits for the first page heading. */
export async function open(page, baseUrl, path = "/") {
  await page.goto(baseUrl + (path.startsWith("?") ? "/" + path : path));
  return heading(page);
}

/** Waits until the `<h1>` differs from `previous` (a new page), or an error summary shows
 * (validation failed: the error messages are thrown, so the test says what went wrong). */
export async function nextPage(page, previous, lang = "en", timeout = 10000) {
  const t = L[lang];
  const summary = page.getByRole("heading", { level: 2, name: t.error_summary_title, exact: true });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const h1 = page.getByRole("heading", { level: 1 });
    if ((await h1.count()) === 1) {
      const now = (await h1.innerText()).trim();
      if (now !== previous) return now;
    }
    if (await summary.isVisible().catch(() => false)) {
      const links = await page.getByRole("link").allInnerTexts();
      throw new Error(`"${previous}": Continue showed errors: ${links.join(" | ")}`);
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`still on "${previous}" after ${timeout} ms`);
}

/** The radio `name` inside the group (fieldset) whose legend is `group`. */
export function radio(page, group, name) {
  return page
    .getByRole("group", { name: group, exact: true })
    .getByRole("radio", { name, exact: true });
}

const DOC_IDS = Object.keys(L.en.documents);

/** Which page `title` is, in language `lang`: a step name (and the document id). Document
 * pages: "document" (do you have it?), "issuer", "language", "translated", "certified". */
export function whichPage(title, lang = "en") {
  const t = L[lang];
  const q = t.q;
  const map = [
    [t.start.title, "start"],
    [q.route.title, "route"],
    [q.consulate.title, "consulate"],
    [q.date.title, "date"],
    [q.has_iin.title, "has_iin"],
    [q.purpose.title, "purpose"],
    [q.citizenship.title, "citizenship"],
    [q.birth_date.title, "birth_date"],
    [q.category.title, "category"],
    [q.id_type.title, "id_type"],
    [q.id_details.issuer_title, "id_issuer"],
    [q.id_details.title, "id_details"],
    [q.imprisoned.title, "imprisoned"],
    [q.represented.title, "represented"],
    [q.consent.title, "consent"],
    [q.group.title, "group"],
    [t.check.title, "check"],
    [t.result.title, "result"],
  ];
  for (const [text, step] of map) if (text === title) return { step };
  const docPages = [
    [q.document.title, "document"],
    [q.document.issuer_title, "issuer"],
    [q.document.language_title, "language"],
    [q.document.translated_title, "translated"],
    [q.document.certified_title, "certified"],
  ];
  for (const id of DOC_IDS) {
    for (const [pattern, step] of docPages) {
      if (fmt(pattern, { name: t.documents[id] }) === title) return { step, doc: id };
    }
  }
  return { step: "unknown" };
}

/** How a walk records a page: the step, `doc:<id>` for "do you have it?", `<step>:<id>` for
 * a document's follow-up page. */
export function pageLabel({ step, doc }) {
  if (!doc) return step;
  return step === "document" ? `doc:${doc}` : `${step}:${doc}`;
}

/**
 * Answers the question page now shown as `person` would, and presses Continue. `person`:
 * { route, at, date, hasIin (true|false|"unknown"), iin, purpose, cit, dob, cat, id, idBy,
 *   idExp, idLatin, prison, rep, consent,
 *   docs: { <doc id>: { have, issuer, language, translated, certified } } }
 * (document codes as in the URL: issuer a country code or "unknown", language
 * kk|ru|other|unknown, translated yes|no|unknown, certified none|apostille|legalization|unknown).
 * A document not listed: "No"; a one-of group: the alternative holding a listed document,
 * else "None of these yet".
 */
export async function answer(page, person, lang = "en", beforeContinue) {
  const t = L[lang];
  const q = t.q;
  const title = await heading(page);
  const shown = whichPage(title, lang);
  const { step, doc } = shown;
  const yn = (b) => (b === "unknown" ? t.dont_know : b ? t.yes : t.no);
  const qd = q.document;
  const d = (doc && person.docs?.[doc]) || { have: false };
  const pick = async (group, name) => radio(page, group, name).check();
  switch (step) {
    case "start":
      await button(page, t.start.button).click();
      return { step, next: await nextPage(page, title, lang) };
    case "route":
      await pick(title, q.route[person.route]);
      break;
    case "consulate":
      await page.getByLabel(title, { exact: true }).selectOption(person.at);
      break;
    case "date":
      await page.getByLabel(title, { exact: true }).fill(person.date);
      break;
    case "has_iin":
      await pick(title, yn(person.hasIin));
      if (person.hasIin && person.iin) {
        await page.getByRole("textbox", { name: q.has_iin.iin_label }).fill(person.iin);
      }
      break;
    case "purpose":
      await pick(title, q.purpose[person.purpose]);
      break;
    case "citizenship":
      await page.getByLabel(title, { exact: true }).selectOption(person.cit);
      break;
    case "birth_date":
      await page.getByLabel(title, { exact: true }).fill(person.dob);
      break;
    case "category":
      await pick(title, t.categories[person.cat]);
      break;
    case "id_type":
      await pick(title, q.id_type[person.id]);
      break;
    case "id_issuer":
      await page.getByLabel(title, { exact: true }).selectOption(person.idBy);
      break;
    case "id_details":
      await page.getByLabel(q.id_details.expires_label, { exact: true }).fill(person.idExp);
      await pick(q.id_details.latin_label, yn(person.idLatin));
      break;
    case "imprisoned":
      await pick(title, yn(person.prison));
      break;
    case "represented":
      await pick(title, person.rep ? q.represented.yes : q.represented.no);
      break;
    case "consent":
      await pick(title, person.consent ? q.consent.yes : q.consent.no);
      break;
    case "document":
      await pick(title, yn(d.have));
      break;
    case "group": {
      // The alternative that holds a document the person has, else "None of these yet".
      const group = page.getByRole("group", { name: title, exact: true });
      const held = Object.entries(person.docs ?? {})
        .filter(([, x]) => x.have)
        .map(([id]) => t.documents[id]);
      let chosen = false;
      for (const name of held) {
        const option = group.getByRole("radio", { name: new RegExp(escapeRe(name)) });
        if ((await option.count()) > 0) {
          await option.first().check();
          chosen = true;
          break;
        }
      }
      if (!chosen) await pick(title, q.group.none);
      break;
    }
    case "issuer": {
      const radios = page.getByRole("group", { name: title, exact: true }).getByRole("radio");
      if (d.issuer === "unknown") await radios.nth(2).check();
      else if (d.issuer === "KZ") await radios.nth(0).check();
      else {
        await radios.nth(1).check();
        const country = page.getByLabel(qd.issuer_label, { exact: true });
        await country.waitFor({ timeout: 5000 });
        await country.selectOption(d.issuer);
      }
      break;
    }
    case "language": {
      const langName = { kk: qd.language_kk, ru: qd.language_ru, other: qd.language_other, unknown: t.dont_know };
      await pick(title, langName[d.language ?? "unknown"]);
      break;
    }
    case "translated":
      await pick(title, { yes: t.yes, no: t.no, unknown: t.dont_know }[d.translated ?? "unknown"]);
      break;
    case "certified": {
      const certName = {
        none: qd.certified_none,
        apostille: qd.certified_apostille,
        legalization: qd.certified_legalization,
        unknown: t.dont_know,
      };
      await pick(title, certName[d.certified ?? "unknown"]);
      break;
    }
    case "check":
      await button(page, t.check.button).click();
      return { step, next: await nextPage(page, title, lang) };
    case "result":
      return { step, next: title };
    default:
      throw new Error(`unknown page: "${title}"`);
  }
  if (beforeContinue) await beforeContinue(pageLabel(shown));
  await button(page, t.continue_button).click();
  return { step, doc, next: await nextPage(page, title, lang) };
}

/**
 * Answers page after page until the page `stopAt` (a step name, default the result) and
 * returns the steps visited (document pages as `doc:<id>`). `onPage(step)` runs on each page
 * before it is answered (and on the last one); `beforeContinue(step)` once it is answered,
 * just before Continue.
 */
export async function walk(page, person, { lang = "en", stopAt = "result", onPage, beforeContinue } = {}) {
  const visited = [];
  for (let i = 0; i < 40; i++) {
    const title = await heading(page);
    const shown = whichPage(title, lang);
    const { step } = shown;
    visited.push(pageLabel(shown));
    if (onPage) await onPage(pageLabel(shown));
    if (step === stopAt || step === "result") return visited;
    await answer(page, person, lang, beforeContinue);
  }
  throw new Error(`no result after 40 pages: ${visited.join(" > ")}`);
}

/** The person of the brief's first journey: German spouse at a German consulate. */
export const SPOUSE_PERSON = {
  route: "consulate",
  at: "DE",
  date: "2025-06-02",
  hasIin: false,
  cit: "DE",
  dob: "1985-01-01",
  cat: "spouse",
  id: "passport",
  idBy: "DE",
  idExp: "2030-01-01",
  idLatin: true,
  consent: true,
  docs: {
    marriage_certificate: { have: true, issuer: "DE", language: "other", translated: "yes", certified: "none" },
  },
};
