// Splits the app's wasm after `trunk build`, so that the first download holds the start page
// and the shell only (issue 12). Usage:
//   node .ci/split-wasm.mjs DIST RAW_WASM [wasm-opt params...]
// RAW_WASM is the linked wasm Cargo wrote for Trunk (the `split` feature, linked with
// `--emit-relocs`: build.rs). Trunk cannot run a step between Cargo and wasm-bindgen
// (trunk-rs/trunk#1022), so this redoes its last two steps for the split build:
//   1. wasm-split-cli (crate wasm_split_cli_support, built from source by .ci/install.sh) cuts
//      the wasm at the `#[wasm_split]` function (src/ui/pages.rs): a main module and one
//      module of every other page, plus the small ES module that loads it (with more than one
//      split function it also writes chunks of code two modules share: handled the same way);
//   2. wasm-bindgen on the main module;
//   3. wasm-opt -Oz on every module (Trunk's own wasm-opt is off in index.html);
//   4. the glue marked for eager compilation (V8's `//# allFunctionsCalledOnLoad`); the glue
//      and the loader minified (.ci/minify.mjs), and the main wasm's imports from the glue
//      given short names in both (.ci/short-imports.mjs);
//   5. every module, the loader, the main wasm and the glue named by a hash of their content
//      (Trunk's main wasm and glue removed from DIST), index.html's names and integrity hashes
//      updated, and the loader preloaded next to the glue (it is the glue's import: without
//      the preload it waits for the glue).
// The service worker precaches every file in DIST (.ci/sw-manifest.mjs), so the modules are
// there offline.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { minify } from "./minify.mjs";
import { shortenImports } from "./short-imports.mjs";
import { withoutTrunkHash } from "./trunk-names.mjs";

const [distArg, rawArg, ...optParams] = process.argv.slice(2);
if (!distArg || !rawArg) {
  console.error("usage: node .ci/split-wasm.mjs DIST RAW_WASM [wasm-opt params...]");
  process.exit(2);
}
const dist = resolve(distArg);
const raw = resolve(rawArg);
const indexPath = join(dist, "index.html");
let index = readFileSync(indexPath, "utf8");

const tag = index.match(/<script[^>]*data-app-js="\.\/([^"]+)\.js"[^>]*data-app-wasm="\.\/([^"]+)"/);
if (!tag) throw new Error("split-wasm: no app script tag with data-app-js/data-app-wasm in index.html");
const [, stem, wasmName] = tag;
if (wasmName !== `${stem}_bg.wasm`) throw new Error(`split-wasm: unexpected wasm name ${wasmName}`);

const work = mkdtempSync(join(tmpdir(), "split-wasm-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
try {
  run("wasm-split-cli", [raw, work, "--out-name", stem, "--target", "web"]);
  const bindgen = join(work, "bindgen");
  run("wasm-bindgen", [
    // The table, memory and stack pointer the page modules link to stay exported.
    "--target", "web", "--no-typescript", "--keep-lld-exports", "--out-dir", bindgen, "--out-name", stem,
    join(work, `${stem}.wasm`),
  ]);
  const opt = (input, output, params) => run("wasm-opt", ["-Oz", ...params, input, "--output", output]);
  const sha = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");

  // Every file this step writes is named by its content, after the crate's name.
  const base = withoutTrunkHash(stem);

  // The page modules and shared chunks.
  const written = [];
  let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
  const modules = readdirSync(work).filter((n) => /^(split|chunk)_.*\.wasm$/.test(n));
  for (const name of modules) {
    const optimized = join(work, `opt-${name}`);
    // Only the size passes: the module's exports and imports are its links to the main module.
    opt(join(work, name), optimized, []);
    const bytes = readFileSync(optimized);
    const finalName = `${base}-${name.replace(/\.wasm$/, "")}-${sha(bytes)}.wasm`;
    written.push(finalName);
    const quoted = `"./${name}"`;
    if (!loader.includes(quoted)) throw new Error(`split-wasm: the loader does not name ${name}`);
    loader = loader.replaceAll(quoted, JSON.stringify(`./${finalName}`));
    writeFileSync(join(dist, finalName), bytes);
  }
  // Minified (.ci/minify.mjs) before anything is named by its content: a new terser renames
  // the files it changes.
  loader = await minify(downloadAhead(loader));

  // The main module and its glue.
  const mainOpt = join(work, "main-opt.wasm");
  opt(join(bindgen, `${stem}_bg.wasm`), mainOpt, optParams);
  let mainBytes = readFileSync(mainOpt);
  let glue = readFileSync(join(bindgen, `${stem}.js`), "utf8");
  // V8's explicit compile hint (Chrome 136+; a comment to other browsers): every function of
  // the glue is compiled while it streams in, on a background thread. The first render calls
  // most of them (the imports the wasm reaches the DOM through); compiled lazily, each was
  // compiled on the main thread in the task that mounts the app, the start's longest (issue
  // 12, Total Blocking Time). Traced cold loads: the page's lazy JS compiles 137 -> 48.
  glue = await minify(`//# allFunctionsCalledOnLoad\n${glue}`);
  if (!glue.startsWith("//# allFunctionsCalledOnLoad\n")) throw new Error("split-wasm: the minified glue lost its compile hint");
  // The wasm's imports from the glue under short names, in both (.ci/short-imports.mjs).
  ({ wasm: mainBytes, glue } = shortenImports(mainBytes, glue, `./${stem}_bg.js`));

  // Both named by their content, as the modules are. Trunk named them by its own build, which
  // this step replaces: a change made here alone (wasm-opt's parameters, the hint above) would
  // otherwise ship new files under old names, and a host that caches hashed names for long
  // would hand a returning applicant the old glue with the new page's integrity hash: the app
  // could not start. The glue and the loader import each other, so one hash names both: of the
  // main wasm, the glue and the loader before either names the other.
  const newStem = `${base}-${sha(Buffer.concat([mainBytes, Buffer.from(glue), Buffer.from(loader)]))}`;
  const newWasmName = `${newStem}_bg.wasm`;
  loader = replaceLiteral(loader, `./${stem}.js`, `./${newStem}.js`, "the loader's import of the glue");
  const loaderName = `${base}-split-${sha(loader)}.js`;
  writeFileSync(join(dist, loaderName), loader);
  // Only the module specifier: the import object's key stays the wasm's import module name.
  glue = replaceLiteral(glue, "./__wasm_split.js", `./${loaderName}`, "the glue's import of the loader", "from\\s*");
  // The glue's default wasm URL (init.js passes the module itself; kept true all the same).
  glue = replaceLiteral(glue, wasmName, newWasmName, "the glue's wasm URL");
  rmSync(join(dist, wasmName));
  rmSync(join(dist, `${stem}.js`));
  writeFileSync(join(dist, newWasmName), mainBytes);
  writeFileSync(join(dist, `${newStem}.js`), glue);

  // index.html: the loader named on the script tag (init.js imports it to download the modules
  // ahead: `downloadAhead` below), the new names and integrity hashes, and the loader
  // preloaded with the glue.
  index = index.replace(tag[0], tag[0].replace(/^<script/, `<script data-app-split="./${loaderName}"`));
  for (const [from, to] of [[`./${stem}.js"`, `./${newStem}.js"`], [`./${wasmName}"`, `./${newWasmName}"`]]) {
    if (!index.includes(from)) throw new Error(`split-wasm: index.html does not name ${from}`);
    index = index.replaceAll(from, to);
  }
  const setIntegrity = (file, bytes) => {
    const re = new RegExp(`(href="\\./${file.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]+(")`);
    if (!re.test(index)) throw new Error(`split-wasm: no integrity for ${file} in index.html`);
    index = index.replace(re, `$1${sri(bytes)}$2`);
  };
  setIntegrity(newWasmName, mainBytes);
  setIntegrity(`${newStem}.js`, Buffer.from(glue));
  const glueLink = index.match(new RegExp(`<link rel="modulepreload" href="\\./${newStem}\\.js"[^>]*>`));
  if (!glueLink) throw new Error("split-wasm: no modulepreload of the glue in index.html");
  const loaderLink =
    `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" ` +
    `integrity="${sri(Buffer.from(loader))}">`;
  index = index.replace(glueLink[0], `${glueLink[0]}\n${loaderLink}`);
  writeFileSync(indexPath, index);

  const size = (file) => readFileSync(join(dist, file)).length;
  console.log(
    `split-wasm: main ${newWasmName} ${size(newWasmName)} B, ${modules.length} modules (` +
      written.map((n) => `${n} ${size(n)}`).join(", ") +
      ` B), loader ${loaderName}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// `code` with the string literal `value` (in either quote, as the minifier wrote it) replaced
// by `replacement` wherever it follows `before` (a regular expression's source; by default
// everywhere); `what` names it when it is not there.
function replaceLiteral(code, value, replacement, what, before = "") {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const literal = new RegExp(`(${before})(["'])${escaped}\\2`, "g");
  if (!literal.test(code)) throw new Error(`split-wasm: ${what} (${value}) not found`);
  return code.replace(literal, (_, prefix) => prefix + JSON.stringify(replacement));
}

// The page modules downloaded ahead of need (issue 12). wasm-split-cli's loader fetches a
// module when the app first wants it: at the first press, or 3 s after the first render
// (src/ui/pages.rs). On a slow link (1.6 Mbit/s) the page module takes ~0.9 s, so a Start
// pressed a second after the app took over still waited that long for the first question.
// The loader gains `downloadAhead()`, which init.js calls soon after the take-over: it
// downloads every module's bytes and compiles nothing (no main-thread work while the start
// page answers taps). A load then instantiates from those bytes, or streams from the network
// when nothing was downloaded ahead. A failed download is forgotten, so the next load (Try
// again) fetches anew.
function downloadAhead(loader) {
  const fetcher =
    /const src = fetch\(new URL\(("[^"]+"), import\.meta\.url\)\);\n(\s*)src\.catch\(\(\) => \{\}\);\n(\s*)return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g;
  const urls = [];
  const rewritten = loader.replace(fetcher, (_, url, i1, i2) => {
    urls.push(url);
    return (
      `const src = fetchModule(${url});\n${i1}src.catch(() => {});\n` +
      `${i2}return async (imports) => instantiateFetched(await src, imports);`
    );
  });
  const modules = loader.match(/"\.\/[^"]+\.wasm"/g) ?? [];
  if (urls.length === 0 || urls.length !== modules.length) {
    throw new Error(`split-wasm: the loader's fetch of ${modules.length} modules is not the expected code (${urls.length} matched)`);
  }
  return `${rewritten}
// Added by .ci/split-wasm.mjs (downloadAhead): each module's bytes, downloaded ahead of need.
const ahead = new Map();
// Modules the loader has fetched itself (Start pressed before downloadAhead): never twice.
const asked = new Set();
const moduleUrl = (file) => new URL(file, import.meta.url).href;
// The bytes downloaded ahead are taken by one load: a load that fails (Try again) fetches anew.
function fetchModule(file) {
  const url = moduleUrl(file);
  const bytes = ahead.get(url);
  ahead.delete(url);
  asked.add(url);
  return bytes ?? fetch(url);
}
function instantiateFetched(fetched, imports) {
  return fetched instanceof ArrayBuffer
    ? WebAssembly.instantiate(fetched, imports)
    : WebAssembly.instantiateStreaming(fetched, imports);
}
export function downloadAhead() {
  for (const file of [${urls.join(", ")}]) {
    const url = moduleUrl(file);
    if (ahead.has(url) || asked.has(url)) continue;
    const bytes = fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(url + ": HTTP " + r.status))));
    ahead.set(url, bytes);
    bytes.catch(() => ahead.get(url) === bytes && ahead.delete(url));
  }
}
`;
}
