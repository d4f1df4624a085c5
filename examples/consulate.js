// The JavaScript API from a plain module on the consulate's page. The app's address is
// taken from the embed.js tag above, so this example follows wherever the app is served.
const tag = document.querySelector('script[src$="/embed.js"]');
const base = new URL(".", tag ? tag.src : "http://127.0.0.1:8080/");
const { default: init, evaluate, validateIin, rulesets } = await import(
  new URL("api/iin_precheck.js", base).href
);
await init({ module_or_path: new URL("api/iin_precheck_bg.wasm", base) });

// The contract's example: a German spouse with an apostilled German marriage certificate.
const applicant = {
  date: "2025-06-02",
  route: "consulate",
  category: "spouse",
  citizenship: "DE",
  birth_date: "1990-05-17",
  identity_document: { type: "passport", issuer: "DE", expires: "2030-01-01", latin_or_cyrillic: true },
  documents: [{ id: "marriage_certificate", issuer: "DE", language: "other", translated: true, certified: "apostille" }],
  consent: true,
};
const outcome = evaluate(applicant);
document.getElementById("api-verdict").textContent = `${outcome.verdict} (rule set ${outcome.ruleset})`;
document.getElementById("api-output").textContent = JSON.stringify(
  { outcome, rulesets: rulesets().map((r) => ({ id: r.id, from: r.from, to: r.to, reviewed_on: r.reviewed_on })) },
  null,
  2
);

const input = document.getElementById("iin");
const result = document.getElementById("iin-result");
const check = () => {
  const r = validateIin(input.value);
  result.textContent = r.valid ? ` valid: born ${r.birth_date}, ${r.sex}` : ` not valid: ${r.message}`;
};
input.addEventListener("input", check);
check();
