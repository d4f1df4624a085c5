// `make dist`: the app's stylesheet minified with csso (pinned, installed into .tools/csso by
// .ci/install.sh), then named by its content again with its integrity hash in index.html.
// Trunk copies style/main.css as it is, with its comments (they say why a rule is there): about
// 1 KB brotli of the first download, and a stylesheet the first paint waits for (issue 12).
// Only whitespace, comments and values are compressed (`restructure: false`): no rule is moved
// or merged, so the cascade is the one style/main.css writes. Why csso: plain JavaScript from
// npm (lightningcss and esbuild are prebuilt binaries, which this build never downloads), with
// that restructuring switch; Trunk's own `minify` would also rewrite the HTML the later steps
// read.
//   node .ci/minify-css.mjs DIST
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TRUNK_HASH } from "./trunk-names.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const csso = createRequire(join(root, ".tools/csso/package.json"))("csso");

const dist = process.argv[2];
if (!dist) {
  console.error("usage: node .ci/minify-css.mjs DIST");
  process.exit(2);
}
const indexPath = join(dist, "index.html");
let index = readFileSync(indexPath, "utf8");
const links = [
  ...index.matchAll(
    new RegExp(`<link rel="stylesheet" href="\\./(main-${TRUNK_HASH}\\.css)" integrity="(sha384-[A-Za-z0-9+/=]+)"`, "g"),
  ),
];
if (links.length !== 1) throw new Error(`minify-css: index.html has ${links.length} app stylesheet links, not 1`);
const [tag, name, integrity] = links[0];
const source = readFileSync(join(dist, name), "utf8");
const css = csso.minify(source, { restructure: false }).css;
if (css.length === 0) throw new Error("minify-css: csso returned nothing");
const bytes = Buffer.from(css);
const newName = `main-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.css`;
const newIntegrity = "sha384-" + createHash("sha384").update(bytes).digest("base64");
writeFileSync(join(dist, newName), bytes);
if (newName !== name && existsSync(join(dist, name))) rmSync(join(dist, name));
index = index.replace(tag, tag.replace(name, newName).replace(integrity, newIntegrity));
writeFileSync(indexPath, index);
console.log(`minify-css: ${name} ${source.length} B -> ${newName} ${css.length} B`);
