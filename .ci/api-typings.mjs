// `make dist` (dist-api): the TypeScript declarations of the JavaScript API without the stream
// classes wasm-bindgen declares for a dependency (wasm-streams, through Leptos' server
// functions: IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource and their
// ReadableStreamType). Their wasm exports are removed by wasm-opt (Makefile WASM_OPT_PARAMS),
// so an integrator who followed the typings to them would get an error: the typings list only
// what the API offers (found by an audit of the API, 2026-12-04).
// Usage: node .ci/api-typings.mjs FILE.d.ts...
// It also types the API: `evaluate(input: Applicant): Outcome` and the others, with the
// contract's types written from its JSON Schemas (.ci/schema-typings.mjs), where wasm-bindgen
// wrote `any` (found by an audit of the API, 2026-12-05).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaTypes } from "./schema-typings.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The API's signatures as wasm-bindgen writes them, and as they are. */
const SIGNATURES = [
  ["export function evaluate(input: any): any;", "export function evaluate(input: Applicant): Outcome;"],
  ["export function validateIin(input: any): any;", "export function validateIin(input: string): IinCheck;"],
  ["export function rulesets(): any;", "export function rulesets(): RuleSetInfo[];"],
  [
    "export function mount(element: any, options_value: any): MountHandle;",
    "export function mount(element: HTMLElement, options_value?: MountOptions | null): MountHandle;",
  ],
];

/** What the API returns beyond the contract (src/embed/api.rs, src/embed/mount.rs). */
const API_TYPES = `/** What \`validateIin\` says of a text (src/rules/iin.rs). */
export type IinCheck =
  | { valid: true; birth_date: string; sex: "male" | "female"; century_start: 1800 | 1900 | 2000; serial: number }
  | {
      valid: false;
      error: "wrong_length" | "non_digit" | "bad_checksum" | "is_bin" | "bad_century_digit" | "impossible_date";
      message: string;
      length?: number;
      position?: number;
      entity_type?: number;
      digit?: number;
    };

/** One rule set, as \`rulesets()\` lists them, oldest first. Never show \`id\` to people. */
export interface RuleSetInfo {
  id: RulesetId;
  /** In English. */
  name: string;
  routes: Route[];
  from: string;
  /** \`null\` for an open term. */
  to: string | null;
  basis: string[];
  categories: Array<{ route: Route; categories: Category[] }>;
  purposes: Purpose[];
  asks_consent: boolean;
  identity_document_types: IdentityDocumentType[];
  /** How the identity document is brought: the original alone, or with a copy. */
  identity_bring: Bring;
  special_form: { stateless: boolean; imprisoned: boolean };
  represented_allowed_for: Purpose[];
  reviewed_on: string;
}

/** The options of \`mount\`, all optional strings; a bad one is dropped with a warning. */
export interface MountOptions {
  country?: string;
  lang?: string;
  ruleset?: string;
  accent?: string;
  stylesheet?: string;
}
`;

/** \`text\` with the API typed and the contract's types added. */
export function typeTheApi(text, schemas) {
  let out = text;
  for (const [raw, typed] of SIGNATURES) {
    const name = raw.match(/function (\w+)/)[1];
    if (!new RegExp(`export function ${name}\\(`).test(out)) continue;
    if (!out.includes(raw)) throw new Error(`api-typings: ${name} is not declared as expected; has wasm-bindgen's output changed?`);
    out = out.replace(raw, typed);
  }
  // wasm-bindgen declares `[Symbol.dispose]` on a class (the mount's handle): its type is in
  // TypeScript's esnext.disposable lib, which a caller's usual `--lib es2022,dom` leaves out
  // (found by an audit: the mount's declarations did not compile there). Asked for here.
  const lib = out.includes("[Symbol.dispose]") ? '/// <reference lib="esnext.disposable" />\n' : "";
  return `${lib}${out.trimEnd()}\n\n${API_TYPES}\n${schemaTypes(...schemas)}`;
}

/** `text` without the stream classes' declarations; throws if any mention is left. */
export function dropStreamClasses(text) {
  const out = text
    // A class declaration: from its line to the first line that is a lone "}".
    .replace(/^export class IntoUnderlying\w* \{\n(?:.*\n)*?\}\n\n?/gm, "")
    // The enum type, with its doc comment when it has one.
    .replace(/^(?:\/\*\*\n(?: \*.*\n)*? \*\/\n\n?)?export type ReadableStreamType = [^\n]*\n\n?/m, "");
  if (/IntoUnderlying|ReadableStreamType/.test(out)) {
    throw new Error("api-typings: a stream declaration is left; has wasm-bindgen's output changed?");
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file, "utf8");
    const schemas = ["applicant", "outcome"].map((n) =>
      JSON.parse(readFileSync(join(ROOT, "schema", `${n}.schema.json`), "utf8")),
    );
    const after = typeTheApi(dropStreamClasses(before), schemas);
    writeFileSync(file, after);
    console.log(`api-typings: ${file}: stream declarations dropped, the API typed`);
  }
}
