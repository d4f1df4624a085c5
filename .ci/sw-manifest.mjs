// `make dist`, after the pages (.ci/prerender.mjs) and before compression: writes dist/sw.js,
// the service worker (web/sw.js) preceded by what it precaches, the app's own files, and a
// version, a hash of their contents: any change to any of them is a new version, installed
// as a whole next to the old one (web/sw.js says how the switch happens).
// Not precached: embed.js (for host pages), api/ and schema/ (for integrators), .br/.gz
// variants (the browser decodes what it fetched), sw.js itself.
// Usage: node .ci/sw-manifest.mjs DIR
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dir = resolve(process.argv[2] || "dist");
const SKIP = new Set(["sw.js", "embed.js"]);
const files = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith("."))
  .map((e) => e.name)
  .filter((name) => !SKIP.has(name) && !/\.(br|gz)$/.test(name))
  .sort();
for (const needed of ["index.html", "init.js"]) {
  if (!files.includes(needed)) throw new Error(`sw-manifest: ${needed} missing in ${dir}`);
}
const worker = readFileSync(join(root, "web/sw.js"), "utf8");
const hash = createHash("sha256");
for (const name of files) {
  hash.update(name + "\0");
  hash.update(readFileSync(join(dir, name)));
}
// The worker's own code is part of the version too.
hash.update(worker);
const version = hash.digest("hex").slice(0, 16);
// What the worker checks each file against, whether it comes from the HTTP cache or the server.
const integrity = Object.fromEntries(
  files.map((name) => [name, "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64")]),
);
const head =
  "// Written by .ci/sw-manifest.mjs at build time: the version, the precached files, their hashes.\n" +
  `const VERSION = ${JSON.stringify(version)};\n` +
  `const FILES = ${JSON.stringify(files, null, 1)};\n` +
  `const INTEGRITY = ${JSON.stringify(integrity, null, 1)};\n`;
writeFileSync(join(dir, "sw.js"), head + worker);
console.log(`sw-manifest: sw.js, version ${version}, ${files.length} files precached`);
