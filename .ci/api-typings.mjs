// `make dist` (dist-api): the TypeScript declarations of the JavaScript API without the stream
// classes wasm-bindgen declares for a dependency (wasm-streams, through Leptos' server
// functions: IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource and their
// ReadableStreamType). Their wasm exports are removed by wasm-opt (Makefile WASM_OPT_PARAMS),
// so an integrator who followed the typings to them would get an error: the typings list only
// what the API offers (found by an audit of the API, 2026-12-04).
// Usage: node .ci/api-typings.mjs FILE.d.ts...
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
    const after = dropStreamClasses(before);
    writeFileSync(file, after);
    console.log(`api-typings: ${file}: ${before.length - after.length} characters of stream declarations dropped`);
  }
}
