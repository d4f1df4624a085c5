// The project's static file responder, shared by `make serve` (.ci/serve.mjs), `make bench`
// (.ci/lighthouse.mjs) and the e2e test servers (tests/e2e/harness.mjs, embed-harness.mjs),
// so the app is served the same way everywhere. Node's standard library only.
//
// What it does beyond reading a file:
// - precompressed files: `make dist` writes NAME.br and NAME.gz next to every text and wasm
//   file (.ci/compress.mjs); when the request's Accept-Encoding allows, the .br (else the .gz)
//   is sent with Content-Encoding, the original file's Content-Type and Vary: Accept-Encoding;
// - the pre-rendered page per language: a request for the app's page (the folder or
//   index.html) with ?lang=ru or ?lang=kk gets index.ru.html / index.kk.html when it exists
//   (.ci/prerender.mjs), so a `?lang=` link paints in its language before the wasm arrives;
//   without `?lang=`, the browser's language (Accept-Language) chooses, as the app will;
// - how long a file may be cached (cacheControl): long for the files named by their contents,
//   revalidated for the rest, as docs/embedding.md ("Caching") tells hosts.
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, normalize } from "node:path";
import { TYPES } from "./mime.mjs";

/** The codings a request accepts, from its Accept-Encoding (a coding with q=0 is refused). */
export function acceptedEncodings(header = "") {
  const ok = new Set();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

// Precompressed variants, best first: the file suffix and its Content-Encoding.
const CODINGS = [
  [".br", "br"],
  [".gz", "gzip"],
];

const LANG_PAGES = ["ru", "kk"];

/**
 * The names `make dist` gives by a hash of the contents: Trunk's stylesheet and icon,
 * .ci/split-wasm.mjs's wasm, glue, page module and loader, build.rs's texts. Such a name never
 * names other contents, so the file may be kept for a year. Every other name (the pages,
 * init.js, sw.js, embed.js, the manifests and icons, api/, schema/) is the same in every build
 * and must be revalidated, or a browser mixes two builds. docs/embedding.md gives hosts this
 * pattern, character for character (the e2e suite checks both).
 */
export const HASHED_NAME = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|json|svg)$/;

/** The Cache-Control header for `file` (a path under the served folder). */
export function cacheControl(file) {
  return HASHED_NAME.test(basename(file)) ? "public, max-age=31536000, immutable" : "no-cache";
}

const isFile = async (file) => (await stat(file).catch(() => null))?.isFile() ?? false;

/**
 * The app's language for a page asked for without `?lang=`: the first language of the
 * browser's Accept-Language that the app has, as the app itself chooses from
 * `navigator.languages` (src/ui/text.rs `from_browser`), so the pre-rendered page is already
 * in the language the app will take over in (found by an audit: on a Russian phone a plain
 * `/` painted English, then the whole page changed language under the reader).
 */
export function browserLang(header = "") {
  for (const part of String(header).split(",")) {
    const [tag, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    const primary = tag.split(/[-_]/)[0];
    if (["en", "ru", "kk"].includes(primary)) return primary;
  }
  return "en";
}

/**
 * Resolves the request `url` against `dir`: the file to send (or null when outside `dir` or
 * missing), after the folder -> index.html and ?lang= -> index.LANG.html mappings (without
 * `?lang=`, the browser's language: `browserLang(acceptLanguage)`).
 */
export async function resolveFile(dir, url, acceptLanguage = "") {
  const parsed = new URL(url, "http://x");
  const path = decodeURIComponent(parsed.pathname);
  const root = normalize(dir);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith("/") ? root : root + "/")) return null;
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
  // index.html, index.ru.html, index.kk.html: the page in the language the link asks for.
  if (/^index(\.[a-z]{2})?\.html$/.test(basename(file))) {
    // A page named by its language (index.ru.html) is that page, unless `?lang=` says other.
    const named = basename(file) !== "index.html";
    const lang = parsed.searchParams.get("lang") ?? (named ? null : browserLang(acceptLanguage));
    const wanted = LANG_PAGES.includes(lang) ? `index.${lang}.html` : lang === "en" ? "index.html" : null;
    if (wanted && (await isFile(join(dirname(file), wanted)))) file = join(dirname(file), wanted);
  }
  return (await isFile(file)) ? file : null;
}

/**
 * Answers `req` with the file for its URL under `dir`: 200 with the body (precompressed
 * when accepted), 404 when there is none. `headersFor(file)` adds response headers.
 * Returns the file sent, or null.
 */
export async function sendStatic(req, res, dir, headersFor = () => ({})) {
  let file = null;
  try {
    file = await resolveFile(dir, req.url, req.headers["accept-language"]);
  } catch {
    file = null;
  }
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return null;
  }
  const accepted = acceptedEncodings(req.headers["accept-encoding"]);
  let body = null;
  let encoding = null;
  for (const [suffix, coding] of CODINGS) {
    if (!accepted.has(coding)) continue;
    body = await readFile(file + suffix).catch(() => null);
    if (body) {
      encoding = coding;
      break;
    }
  }
  body ??= await readFile(file);
  const headers = {
    "content-type": TYPES[extname(file)] || "application/octet-stream",
    "content-length": String(body.length),
    "x-content-type-options": "nosniff",
    // Every response may differ by Accept-Encoding once a .br/.gz exists: say so always, so
    // a cache never hands a brotli body to a client that did not ask for one.
    // The app's pages also differ by Accept-Language (a link without `?lang=`).
    vary: /^index(\.[a-z]{2})?\.html$/.test(basename(file)) ? "Accept-Encoding, Accept-Language" : "Accept-Encoding",
    ...headersFor(file),
  };
  if (encoding) headers["content-encoding"] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  return file;
}
