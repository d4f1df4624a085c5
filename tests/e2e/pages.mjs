// Shared pieces of journey.test.mjs and a11y.test.mjs: the app's own words (read from
// locales/*.json, so a reworded string does not break a test), URLs that reach a page
// directly, and a "person" who answers whatever question page comes up, finding every
// element by its accessible role and name only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { ROOT, watchErrors } from "./harness.mjs";

// Every rule set this build holds gives the service a term of one working day (data in
// src/rules/ruleset.rs `processing`, checked by tests/data_integrity.rs), so the sentences that
// name the term are read here with it filled in; a test of another term fills it itself.
const load = (code) => {
  const texts = JSON.parse(readFileSync(join(ROOT, "locales", `${code}.json`), "utf8"));
  const term = texts.working_days.one;
  const fill = (node) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string") node[k] = v.replace(/\{\{ term \}\}/g, term);
      else if (v && typeof v === "object") fill(v);
    }
  };
  fill(texts);
  return texts;
};

/** The interface text per language, as in locales/<lang>.json. */
export const L = { en: load("en"), ru: load("ru"), kk: load("kk") };

/** A label of Check your answers as the notice about a link lists it, after a colon. */
export const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/** Fills `{{ name }}` placeholders as the app does (src/ui/lang.rs). */
export function fmt(text, vars = {}) {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => String(vars[k] ?? `{{ ${k} }}`));
}

/** Whether a link's pair goes in the query string, which a server sees: the link's settings
 * only, as the app writes them (src/journey/query.rs `in_query`). */
export function inQuery(key, value) {
  return (
    ["lang", "country", "ruleset", "embed", "origin", "accent"].includes(key) ||
    (key === "step" && (value === "start" || value === "rules"))
  );
}

/** A URL state (object of key: value), `lang` first, as the app writes it: `?` and the
 * settings, then `#` and the answers, which no browser sends to a server (inQuery). */
export function query(state) {
  const [settings, answers] = [new URLSearchParams(), new URLSearchParams()];
  for (const [k, v] of Object.entries(state)) {
    if (v !== undefined) (inQuery(k, v) ? settings : answers).append(k, v);
  }
  const hash = answers.toString();
  return "?" + settings.toString() + (hash ? "#" + hash : "");
}

/** Whether a request's `url` (a path or a URL) carries in its query a pair that is not a
 * setting (inQuery): an answer, which no request may carry. */
export function carriesAnswers(url, base = "http://localhost/") {
  return [...new URL(url, base).searchParams].some(([k, v]) => !inQuery(k, v));
}

/** The part of an address after its path: `?` query and `#` fragment. */
export function afterPath(url) {
  const u = new URL(url);
  return u.search + u.hash;
}

/** Every pair of an address (`url`: a URL or a string relative to `base`), query and `#`. */
export function addressPairs(url, base = "http://localhost/") {
  const u = new URL(url, base);
  return Object.fromEntries([...u.searchParams, ...new URLSearchParams(u.hash.slice(1))]);
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

/** Waits until the app has rendered a page (its `<h1>`) and returns the heading text. The
 * pre-rendered start page (id="prerendered", .ci/prerender.mjs) is on screen until the app
 * mounts and removes it: its heading is not the app's answer to the URL, so wait past it. */
export async function heading(page, timeout = 20000) {
  await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout });
  const h1 = page.getByRole("heading", { level: 1 });
  await h1.waitFor({ timeout });
  return (await h1.innerText()).trim();
}

/** The page title once `holds(title)` is true, or as it is after `timeout` ms: the app sets the
 * title a task after the page's heading (ui::update_title), so a title read right after a new
 * heading can be the previous page's. The caller asserts on what it returns. */
export async function settledTitle(page, holds, timeout = 3000) {
  const deadline = Date.now() + timeout;
  let title = await page.title();
  while (!holds(title) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    title = await page.title();
  }
  return title;
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

const COUNTRIES = Object.fromEntries(
  readFileSync(join(ROOT, "data", "countries.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .map(([code, en, ru, kk]) => [code, { en, ru, kk }]),
);

/** A document's name inside a sentence, as the page writes it (`collation::in_sentence`, whose
 * unit test pins literal names): first letter small unless the name begins with an
 * abbreviation or a place. */
export function inSentence(name) {
  const [a, b] = [...name];
  const place = ["Қазақстан", "Казахстан", "Kazakhstan", "Астана", "Astana"].some((p) => name.startsWith(p));
  return !place && b !== undefined && a !== a.toLowerCase() && b === b.toLowerCase() ? a.toLowerCase() + name.slice(a.length) : name;
}

/** The result's checklist card whose level-3 heading names the document, in `lang`. The
 * checklist is "Documents to bring", or "Documents for your application" where someone else
 * hands them in (a representative, a penal institution). */
export function card(page, docId, lang = "en") {
  const t = L[lang];
  const titles = [t.result.checklist_title, t.result.checklist_title_by_institution].map(escapeRe);
  return page
    .getByRole("region", { name: new RegExp(`^(${titles.join("|")})$`) })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: t.documents[docId], exact: true }) })
    .last();
}

/**
 * Opens `state` (a URL state, see `query`) in a new phone-sized context of `app` (servedApp),
 * runs `fn(page)`, and checks that no console or page error came. `fontSize`: the browser's own
 * text size setting, as a person with low vision sets it.
 */
export async function withState(app, state, fn, { viewport = { width: 390, height: 844 }, fontSize } = {}) {
  const context = await app.browser.newContext({ locale: "en-US", viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    if (fontSize) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Page.enable");
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: fontSize, fixed: 13 } });
    }
    await open(page, app.server.url, query(state));
    await fn(page);
    assert.deepEqual(errors, [], "no console error or page error");
  } finally {
    await context.close();
  }
}

/** A country's name in `lang`, as the app shows it (data/countries.tsv). */
export function countryName(code, lang = "en") {
  return COUNTRIES[code]?.[lang] ?? code;
}

/** The day, month and year boxes of the date question (fieldset) whose legend is `legend`. */
export function dateBoxes(page, legend, lang = "en") {
  const group = page.getByRole("group", { name: legend, exact: true });
  const t = L[lang].date_input;
  const box = (name) => group.getByRole("textbox", { name, exact: true });
  return { day: box(t.day), month: box(t.month), year: box(t.year) };
}

/** Types an ISO date (2025-06-02) into the date boxes as a person would: 2, 6, 2025. */
export async function fillDate(page, legend, iso, lang = "en") {
  const [y, m, d] = iso.split("-");
  const boxes = dateBoxes(page, legend, lang);
  await boxes.day.fill(String(Number(d)));
  await boxes.month.fill(String(Number(m)));
  await boxes.year.fill(y);
}

/** The date in the boxes as ISO (2025-06-02). */
export async function dateValue(page, legend, lang = "en") {
  const boxes = dateBoxes(page, legend, lang);
  const pad = (v) => v.padStart(2, "0");
  return `${await boxes.year.inputValue()}-${pad(await boxes.month.inputValue())}-${pad(await boxes.day.inputValue())}`;
}

/** The country autocomplete (combobox) whose label is `label`. */
export function countryBox(page, label) {
  return page.getByRole("combobox", { name: label, exact: true });
}

/** Chooses country `code` in the autocomplete labelled `label`: types its name, then picks
 * it from the list by its option name. */
export async function chooseCountry(page, label, code, lang = "en") {
  const name = countryName(code, lang);
  const box = countryBox(page, label);
  await box.fill(name);
  await page.getByRole("option", { name, exact: true }).click();
}

/** The code of the country chosen in the autocomplete labelled `label` (the value of the
 * native select it enhances), "" for none. */
export async function chosenCountry(page, label) {
  const id = await countryBox(page, label).getAttribute("id");
  return page.locator(`select[id="${id}-select"]`).inputValue();
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
    [q.date.title, "date"],
    [q.has_iin.title, "has_iin"],
    [q.purpose.title, "purpose"],
    [q.citizenship.title, "citizenship"],
    [q.birth_date.title, "birth_date"],
    [q.birth_date.title_child, "birth_date"],
    [q.category.title, "category"],
    [q.id_type.title, "id_type"],
    [q.id_type.title_child, "id_type"],
    [q.id_details.issuer_title, "id_issuer"],
    [q.id_details.expires_label, "id_expiry"],
    [q.id_details.expires_label_child, "id_expiry"],
    [q.id_details.latin_label, "id_letters"],
    [q.id_details.latin_label_child, "id_letters"],
    [q.imprisoned.title, "imprisoned"],
    [q.represented.title, "represented"],
    [q.group.title, "group"],
    [t.check.title, "check"],
    [t.result.title, "result"],
    [t.rules.title, "rules"],
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
 *   idExp, idLatin, prison, rep,
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
    case "date":
      await fillDate(page, title, person.date, lang);
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
      if (person.cit === "stateless") {
        await countryBox(page, title).fill(q.citizenship.stateless);
        await page.getByRole("option", { name: q.citizenship.stateless, exact: true }).click();
      } else {
        await chooseCountry(page, title, person.cit, lang);
      }
      break;
    case "birth_date":
      await fillDate(page, title, person.dob, lang);
      break;
    case "category":
      await pick(title, t.categories[person.cat]);
      break;
    case "id_type":
      await pick(title, q.id_type[person.id]);
      break;
    case "id_issuer":
      await chooseCountry(page, title, person.idBy, lang);
      break;
    case "id_expiry":
      await fillDate(page, title, person.idExp, lang);
      break;
    case "id_letters":
      await pick(title, yn(person.idLatin));
      break;
    case "imprisoned":
      await pick(title, yn(person.prison));
      break;
    case "represented":
      await pick(title, person.rep ? q.represented.yes : q.represented.no);
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
        const option = group.getByRole("radio", { name: new RegExp(escapeRe(name), "i") });
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
        await countryBox(page, qd.issuer_label).waitFor({ timeout: 5000 });
        await chooseCountry(page, qd.issuer_label, d.issuer, lang);
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
    // Continue only moves on: a page shown again means a later answer brought back an
    // earlier question (found with a Chinese investor: "Check your answers" sent them back).
    if (visited.includes(pageLabel(shown))) {
      throw new Error(`${pageLabel(shown)} shown twice: ${[...visited, pageLabel(shown)].join(" > ")}`);
    }
    visited.push(pageLabel(shown));
    if (onPage) await onPage(pageLabel(shown));
    if (step === stopAt || step === "result") return visited;
    await answer(page, person, lang, beforeContinue);
  }
  throw new Error(`no result after 40 pages: ${visited.join(" > ")}`);
}

/** A date in words, as the app writes it: "10 December 2026", "10 декабря 2026 года". */
export function dateWords(iso, lang = "en") {
  const [y, m, day] = iso.split("-").map(Number);
  return fmt(L[lang].date_format, { day, month: L[lang].months[`m${m}`], year: y });
}

/** The verdict where no rules serve the way on the date (`verdict_unavailable`,
 * `verdict_unavailable_none_known`, `verdict_unavailable_not_held`), the way and the date named. */
export function unavailableVerdict(key, route, iso, lang = "en") {
  return verdictSaid(key, route, lang, iso);
}

/** A verdict's sentence (`result.<key>`) as the app writes it: the way of `route` named
 * ("at a Public Service Centre") and, where the sentence has one, the date `iso` in words. */
export function verdictSaid(key, route, lang = "en", iso) {
  const r = L[lang].result;
  return fmt(r[key], { way: r.way[route], ...(iso ? { date: dateWords(iso, lang) } : {}) });
}

/** A verdict's sentence whatever the way and date in it: a pattern of the whole text, to
 * check that no such verdict is shown. */
export function anyWay(text) {
  return new RegExp(`^${templateRe(text).source}$`);
}

/** A text with `{{ x }}` placeholders as a pattern that any words in their places match. */
export function templateRe(text) {
  return new RegExp(text.split(/\{\{\s*\w+\s*\}\}/).map(escapeRe).join(".+"));
}

/** The sentences of a verdict ("eligible", "action_needed", "not_eligible", "unavailable") as
 * getByText takes them: a text, or for one naming the way and the date a pattern of the whole. */
export function verdictTexts(verdict, lang = "en") {
  return [L[lang].result[`verdict_${verdict}`], L[lang].result[`verdict_${verdict}_none_known`]]
    .filter(Boolean)
    .map((s) => (s.includes("{{") ? new RegExp(`^${templateRe(s).source}$`) : s));
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
  docs: {
    marriage_certificate: { have: true, issuer: "DE", language: "other", translated: "yes", certified: "none" },
  },
};

/** The "Rules and sources" page's own link name and heading, per language. */
export const RULES = { en: L.en.rules, ru: L.ru.rules, kk: L.kk.rules };

/**
 * Page states to check in every language: `{ name, state, expect, lang, verdict, a11y }`
 * (`expect`: the step `whichPage` names; `a11y: true`: a11y.test.mjs runs axe on it too,
 * for states its own list does not already cover). internal-text.test.mjs opens each and
 * fails on internal words in what a person reads. Add a state here when a page is added.
 */
export const PAGE_STATES = [];
{
  const born = { route: "consulate", at: "DE", date: "2025-06-02", has_iin: "no", cit: "DE", dob: "1985-01-01" };
  const inCountryStateless = { route: "in_country", date: "2025-06-02", has_iin: "no", cit: "stateless", dob: "1985-01-01", id: "none" };
  for (const lang of ["en", "ru", "kk"]) {
    const add = (name, state, expect, extra = {}) =>
      PAGE_STATES.push({ name: `${name} (${lang})`, state: { ...state, lang }, expect, lang, ...extra });
    add("rules and sources", { step: "rules" }, "rules", { a11y: true });
    add("rules and sources, with answers kept", { ...SPOUSE, step: "rules" }, "rules");
    add("start", {}, "start");
    add("start, rule set declared by the office", { ruleset: "fi-pilot-2025" }, "start");
    add("route", { step: "route" }, "route");
    add("date", { route: "consulate", at: "DE", step: "date" }, "date");
    add("has IIN", { route: "consulate", at: "DE", date: "2025-06-02", step: "iin" }, "has_iin");
    add("purpose", { route: "in_country", date: "2025-06-02", has_iin: "yes", step: "purpose" }, "purpose");
    add("citizenship", { route: "consulate", at: "DE", date: "2025-06-02", has_iin: "no", step: "citizenship" }, "citizenship");
    add("category", { ...born, step: "category" }, "category");
    add("identity type", { ...born, cat: "spouse", step: "identity" }, "id_type");
    add("identity expiry", { ...born, cat: "spouse", id: "passport", step: "identity-expiry" }, "id_expiry");
    add("identity letters (Chinese passport)", { ...born, cit: "CN", cat: "spouse", id: "passport", id_exp: "2030-01-01", step: "identity-letters" }, "id_letters");
    add("document", { ...SPOUSE, "doc.marriage_certificate": undefined, step: "doc-marriage_certificate" }, "doc:marriage_certificate");
    add("represented", { ...CORRECTION, step: "represented" }, "represented");
    add("imprisoned", { ...inCountryStateless, step: "imprisoned" }, "imprisoned");
    add("check your answers", { ...SPOUSE, step: "check" }, "check");
    add("result: eligible", { ...SPOUSE, "doc.marriage_certificate": "yes-DE-other-yes-apostille", step: "result" }, "result", { verdict: "eligible" });
    add("result: action needed", { ...SPOUSE, step: "result" }, "result", { verdict: "action_needed" });
    add("result: not eligible", { ...SPOUSE, cat: "other", step: "result" }, "result", { verdict: "not_eligible" });
    add("result: unavailable", { ...SPOUSE, date: "2026-03-02", step: "result" }, "result", { verdict: "unavailable" });
    add("result: declared rule set", { ...SPOUSE, ruleset: "fi-pilot-2025", date: "2026-03-02", step: "result" }, "result");
    add("result: 2024 pilot, Chinese passport", { lang, route: "consulate", at: "CN", date: "2024-06-03", has_iin: "no", cit: "CN", dob: "1985-01-01", id: "passport", id_by: "CN", id_exp: "2030-01-01", id_latin: "no", "doc.passport_translation": "no", step: "result" }, "result");
    add("result: correction in country", { ...CORRECTION, rep: "yes", "doc.changed_data_certificate": "no", "doc.power_of_attorney": "no", step: "result" }, "result");
    add("result: stateless, special form", { ...inCountryStateless, prison: "no", step: "result" }, "result");
    // Issue 10's early exit: no rule set serves consulates today, so the journey ends after
    // the route and the date; the result must not speak of answers never given.
    add("result: consulate closed today, only route and date", EARLY_EXIT_TODAY(lang), "result", { verdict: "unavailable", a11y: true });
    add("result: the ministry's way closed today", MINISTRY_EXIT_TODAY(lang), "result", { verdict: "unavailable" });
  }
}

// Result states of issue 9 (journey.test.mjs and result.test.mjs open them; a11y.test.mjs
// runs axe over each in en, ru and kk).
export const CN_INVESTOR_NO_TRANSLATION = {
  lang: "en",
  route: "consulate",
  at: "CN",
  date: "2025-06-03",
  has_iin: "no",
  cit: "CN",
  dob: "1980-05-05",
  cat: "investor",
  id: "passport",
  id_by: "CN",
  id_exp: "2031-01-01",
  id_latin: "no",
  "doc.investor_council_membership": "no",
  "doc.investment_contract": "yes-KZ-ru-_-_",
  "doc.passport_translation": "no",
};
export const TR_SPOUSE_IN_COUNTRY_SATURDAY = {
  lang: "en",
  route: "in_country",
  date: "2027-12-04",
  has_iin: "no",
  purpose: "formation",
  cit: "TR",
  dob: "1990-03-03",
  id: "passport",
  id_by: "TR",
  id_exp: "2035-01-01",
  id_latin: "yes",
};
export const STATELESS_NO_DOCUMENT = {
  lang: "en",
  route: "in_country",
  date: "2025-06-03",
  has_iin: "no",
  purpose: "formation",
  cit: "stateless",
  dob: "1990-03-03",
  id: "none",
  prison: "no",
};
export const CORRECTION_REPRESENTED = {
  ...CORRECTION,
  date: "2025-06-03",
  iin: "850101300015",
  rep: "yes",
  "doc.changed_data_certificate": "yes-KZ-kk-_-_",
  "doc.power_of_attorney": "yes-KZ-ru-_-_",
};
/** A consulate that declares the 2025 rules, used on `date` (today in the tests). */
export const declared2025 = (date) => ({
  lang: "en",
  ruleset: "fi-pilot-2025",
  country: "DE",
  route: "consulate",
  date,
  has_iin: "no",
  cit: "DE",
  dob: "1980-05-05",
  cat: "investor",
  id: "passport",
  id_by: "DE",
  id_exp: "2035-01-01",
  id_latin: "yes",
  "doc.investor_council_membership": "no",
  "doc.investment_contract": "yes-KZ-ru-_-_",
});
/** The Chinese investor on a date when no rule set serves embassies and consulates. */
export const CN_INVESTOR_UNAVAILABLE = { ...CN_INVESTOR_NO_TRANSLATION, date: "2026-12-02" };

/** A consulate applicant who answered only the route and the date (today): on a day no rule
 * set serves consulates, the journey's early exit to the result. */
export function EARLY_EXIT_TODAY(lang = "en") {
  return { lang, route: "consulate", date: todayIso(), step: "result" };
}

/** The same early exit on the ministry's way: the 2025 pilot was its only rule set. */
export function MINISTRY_EXIT_TODAY(lang = "en") {
  return { lang, route: "mfa", date: todayIso(), step: "result" };
}

/** Today as YYYY-MM-DD in the machine's time zone (the app's "today" is the device's). */
export function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
