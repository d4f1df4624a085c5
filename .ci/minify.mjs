// `make dist`: the JavaScript of the app's first download, minified with terser (pinned,
// installed into .tools/terser by .ci/install.sh). Trunk copies web/init.js as it is and
// wasm-bindgen writes readable glue; their comments and long local names were bytes on every
// applicant's first visit (issue 12: the first download is what a phone's slow link waits
// for). As an ES module, so top-level names stay local and nothing is made global; property
// names and strings (the wasm's import names, file names) are kept as they are. A comment
// starting `//#` (V8's compile hint on the glue) is kept.
//   import { minify } from "./minify.mjs"; await minify(code)   (split-wasm.mjs: glue, loader)
//   node .ci/minify.mjs FILE...                                  (in place: init.js)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const require = createRequire(join(root, ".tools/terser/package.json"));

let terser;
/** `code` (an ES module) minified; throws with terser's message on a syntax error. */
export async function minify(code) {
  terser ??= await import(pathToFileURL(require.resolve("terser")).href);
  const out = await terser.minify(code, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^#/ },
  });
  if (typeof out.code !== "string" || out.code.length === 0) throw new Error("minify: terser returned nothing");
  return out.code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of process.argv.slice(2)) {
    const source = readFileSync(file, "utf8");
    const code = await minify(source);
    writeFileSync(file, code);
    console.log(`minify: ${file}, ${source.length} -> ${code.length} B`);
  }
}
