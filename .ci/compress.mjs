// `make dist`, last step: writes NAME.br (brotli, quality 11) and NAME.gz (gzip -9) next to
// every text and wasm file under the given folder, so a server sends them without compressing
// on the fly (.ci/static.mjs for `make serve`; nginx gzip_static/brotli_static, see
// docs/embedding.md). Node's zlib only: `make serve` needs no brotli CLI.
// A variant that would not be smaller than the file itself is not written.
// Usage: node .ci/compress.mjs DIR
import { readdir, readFile, writeFile, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const COMPRESSIBLE = new Set([
  ".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".ts", ".webmanifest", ".txt",
]);
const dir = process.argv[2];
if (!dir) {
  console.error("usage: node .ci/compress.mjs DIR");
  process.exit(2);
}

async function* files(d) {
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const path = join(d, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
let raw = 0;
let brTotal = 0;
for await (const file of files(dir)) {
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const body = await readFile(file);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]:
        extname(file) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  for (const [suffix, out] of [[".br", br], [".gz", gz]]) {
    // A stale variant from an earlier build must never outlive its file.
    if (out.length < body.length) await writeFile(file + suffix, out);
    else await rm(file + suffix, { force: true });
  }
  count++;
  raw += body.length;
  brTotal += Math.min(br.length, body.length);
}
console.log(`compress: ${count} files in ${dir}, ${raw} B raw, ${brTotal} B brotli (.br and .gz written)`);
