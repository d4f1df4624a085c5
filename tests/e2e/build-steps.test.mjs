// The build steps that rewrite what `make dist` ships, tested on small inputs made here, so a
// case the app's wasm does not have today (a memory, table or global import; a name written
// twice) is still covered. The whole built app is tested by every other file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shortenImports } from "../../.ci/short-imports.mjs";
import { dropStreamClasses } from "../../.ci/api-typings.mjs";
import { withoutTrunkHash } from "../../.ci/trunk-names.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT } from "./harness.mjs";

const GLUE_MODULE = "./app-0123456789abcdef_bg.js";
const FOO = "__wbg_foo_0123456789abcdef";
const BAR = "__wbg___wbindgen_bar_fedcba9876543210";

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const name = (s) => {
  const b = [...new TextEncoder().encode(s)];
  return [...leb(b.length), ...b];
};
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module importing functions, a memory, a table and a global, and exporting nothing. */
function moduleBytes() {
  const types = section(1, [1, 0x60, 0, 0]); // one type: () -> ()
  const imports = [
    [GLUE_MODULE, FOO, [0x00, 0]],
    ["env", "memory", [0x02, 0x01, 1, ...leb(200)]], // memory, min 1, max 200 (two LEB bytes)
    [GLUE_MODULE, "__wbindgen_init_externref_table", [0x00, 0]],
    ["env", "table", [0x01, 0x6f, 0x00, 4]], // externref table, min 4
    ["env", "flag", [0x03, 0x7f, 0x01]], // mutable i32 global
    ["./__wasm_split.js", "__wasm_split_load_pages_0123456789abcdef", [0x00, 0]], // another module
    [GLUE_MODULE, BAR, [0x00, 0]],
  ];
  const body = [...leb(imports.length)];
  for (const [module, field, desc] of imports) body.push(...name(module), ...name(field), ...desc);
  const custom = section(0, [...name("after"), 1, 2, 3]); // a section after the imports, kept
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...section(2, body), ...custom]);
}

const glue = `const i={__proto__:null,${FOO}(){},${BAR}:function(){},__wbindgen_init_externref_table(){}};export{i};`;

test("short imports: hashed glue imports renamed in the wasm and the glue, everything else kept", () => {
  const { wasm, glue: out, renamed } = shortenImports(moduleBytes(), glue, GLUE_MODULE);
  assert.equal(renamed, 2);
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(
    WebAssembly.Module.imports(module).map((i) => `${i.module} ${i.name} ${i.kind}`),
    [
      `${GLUE_MODULE} _0 function`,
      "env memory memory",
      `${GLUE_MODULE} __wbindgen_init_externref_table function`,
      "env table table",
      "env flag global",
      "./__wasm_split.js __wasm_split_load_pages_0123456789abcdef function",
      `${GLUE_MODULE} _1 function`,
    ],
  );
  assert.equal(WebAssembly.Module.customSections(module, "after").length, 1);
  assert.equal(out, "const i={__proto__:null,_0(){},_1:function(){},__wbindgen_init_externref_table(){}};export{i};");
});

test("short imports: a name the glue writes twice, or not at all, stops the build", () => {
  assert.throws(() => shortenImports(moduleBytes(), `${glue}i.${FOO}();`, GLUE_MODULE), /names __wbg_foo_0123456789abcdef 2 times/);
  assert.throws(() => shortenImports(moduleBytes(), glue.replace(BAR, "x"), GLUE_MODULE), /0 times/);
  assert.throws(() => shortenImports(moduleBytes(), glue, "./other_bg.js"), /no hashed import/);
});

test("minify-css.mjs: the stylesheet without comments or spaces, its rules in their order, renamed by its content with its integrity in index.html", async () => {
  const { mkdtempSync, writeFileSync, readFileSync, readdirSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const { execFileSync } = await import("node:child_process");
  const { createHash } = await import("node:crypto");
  // Trunk's hash has no leading zeros: one build in 16 names it with 15 digits (a build failed).
  for (const trunkName of ["main-0123456789abcdef.css", "main-1b69fb43444c2e5.css"]) {
    const dist = mkdtempSync(join(tmpdir(), "minify-css-"));
    // Two rules for one selector, in an order the cascade depends on: kept apart, in order.
    const source = `/* Why this colour */\n.a {\n  color: #ff0000;\n}\n\n.b { margin: 0px; }\n\n.a {\n  color: blue;\n}\n`;
    writeFileSync(join(dist, trunkName), source);
    const tag = `<link rel="stylesheet" href="./${trunkName}" integrity="sha384-old"/>`;
    writeFileSync(join(dist, "index.html"), `<!DOCTYPE html><html><head>${tag}</head><body></body></html>`);
    execFileSync("node", [new URL("../../.ci/minify-css.mjs", import.meta.url).pathname, dist], { stdio: "pipe" });
    const css = readdirSync(dist).filter((f) => f.endsWith(".css"));
    assert.equal(css.length, 1, "the old file is gone");
    const bytes = readFileSync(join(dist, css[0]));
    assert.equal(css[0], `main-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.css`);
    assert.equal(bytes.toString(), ".a{color:red}.b{margin:0}.a{color:#00f}");
    const index = readFileSync(join(dist, "index.html"), "utf8");
    assert.ok(index.includes(`href="./${css[0]}" integrity="sha384-${createHash("sha384").update(bytes).digest("base64")}"`), index);
  }
});

test("split-wasm.mjs names its files after the crate, whatever the length of Trunk's hash", () => {
  assert.equal(withoutTrunkHash("iin-precheck-0123456789abcdef"), "iin-precheck");
  assert.equal(withoutTrunkHash("iin-precheck-d56ba97b4d72efd"), "iin-precheck");
});

// The API's typings (.ci/api-typings.mjs): the stream classes of a dependency go, whose wasm
// exports are removed; the API's own declarations stay as they are.
test("api-typings: the stream classes are dropped from the declarations, the API's own kept", () => {
  const own = "/**\n * Evaluates an `Applicant`.\n */\nexport function evaluate(input: any): any;\n";
  const typings = [
    "/* tslint:disable */\n",
    "/**\n * The `ReadableStreamType` enum.\n *\n * *Needs a feature*\n */\n\nexport type ReadableStreamType = \"bytes\";\n\n",
    "export class IntoUnderlyingByteSource {\n    private constructor();\n    readonly type: ReadableStreamType;\n}\n\n",
    "export class IntoUnderlyingSink {\n    write(chunk: any): Promise<any>;\n}\n\n",
    own,
  ].join("");
  assert.equal(dropStreamClasses(typings), "/* tslint:disable */\n" + own);
  assert.equal(dropStreamClasses(own), own, "nothing else is touched");
  // A declaration of another shape is an error, not a silent half-removal.
  assert.throws(() => dropStreamClasses(own + "export class IntoUnderlyingSource { }\n"), /stream declaration is left/);
});

test("the shipped API typings declare the API's functions and no stream class", () => {
  for (const file of ["api/iin_precheck.d.ts", "api/mount/iin_precheck.d.ts"]) {
    const text = readFileSync(join(DIST, file), "utf8");
    assert.ok(!/IntoUnderlying|ReadableStreamType/.test(text), file);
    assert.match(text, /export function evaluate\(/, file);
  }
});

test("mount-css.mjs: lengths in rem of declarations follow the mount's root size; media conditions, selectors and comments stay", async () => {
  const { mountCss } = await import("../../.ci/mount-css.mjs");
  const source = `/* 2rem */\n@media (max-width: 30rem) {\n  .a { font-size: 1.5rem; }\n}\n.b { padding: 0.5rem 1rem; width: calc(100% - 2rem); margin: -.25rem; }\n.c-3rem { top: 0; }\n`;
  const out = mountCss(source);
  const r = (n) => `calc(${n} * var(--iin-rem, 1rem))`;
  assert.ok(out.includes("/* 2rem */") && out.includes("@media (max-width: 30rem)") && out.includes(".c-3rem"), out);
  assert.ok(out.includes(`.a { font-size: ${r("1.5")}; }`), out);
  assert.ok(out.includes(`padding: ${r("0.5")} ${r("1")}; width: calc(100% - ${r("2")}); margin: ${r("-.25")};`), out);
});

// Found by an audit of the API (2026-12-05): every function was typed `any`. An integrator's
// TypeScript, in strict mode, against the shipped typings: the contract's types, and a wrong
// route refused at compile time.
test("the shipped API typings type the API with the contract: strict TypeScript compiles a caller, refuses a wrong route", async () => {
  const { mkdtempSync, writeFileSync, copyFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { execFileSync } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "api-typings-"));
  copyFileSync(join(DIST, "api/iin_precheck.d.ts"), join(dir, "iin_precheck.d.ts"));
  copyFileSync(join(DIST, "api/mount/iin_precheck.d.ts"), join(dir, "mount.d.ts"));
  writeFileSync(
    join(dir, "use.ts"),
    `import { evaluate, validateIin, rulesets, type Applicant, type Outcome } from "./iin_precheck";
import { mount } from "./mount";
const a: Applicant = {
  date: "2025-06-02", route: "consulate", citizenship: "DE", category: "spouse",
  identity_document: { type: "passport", issuer: "DE", expires: "2030-01-01", latin_or_cyrillic: true },
  documents: [{ id: "marriage_certificate", issuer: "DE", language: "other", translated: true, certified: "apostille" }],
  consent: true,
};
const o: Outcome = evaluate(a);
const verdict: "eligible" | "action_needed" | "not_eligible" | "unavailable" = o.verdict;
const judged: boolean | undefined = o.documents[0].translation_judged;
const iin = validateIin("900101300017");
const said: string = iin.valid ? iin.birth_date : iin.error;
const to: string | null = rulesets()[0].to;
// Found by an audit of the API (2026-12-06): returned and documented, not declared.
const bring: "original" | "original_and_copy" | "completed_at_desk" | "certified_by_penal_institution" = rulesets()[0].identity_bring;
mount(document.createElement("div")).unmount();
// @ts-expect-error: a route the contract does not have
evaluate({ date: "2025-06-02", route: "embassy", citizenship: "DE" });
export { verdict, judged, said, to, bring };
`,
  );
  const tsc = join(ROOT, "tests/e2e/node_modules/.bin/tsc");
  const args = ["--noEmit", "--strict", "--target", "es2020", "--module", "esnext", "--moduleResolution", "bundler"];
  // A caller's usual libraries: the mount's declarations ask for the disposable one themselves.
  execFileSync(tsc, [...args, "--lib", "es2020,dom", join(dir, "use.ts")], { stdio: "pipe" });
});
