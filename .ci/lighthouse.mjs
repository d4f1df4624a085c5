// `make bench`: Lighthouse (performance only, its default mobile emulation: slow 4G, 4x CPU
// slowdown) on each app as `make serve` serves it (.ci/static.mjs: precompressed files when
// the browser accepts them), in Debian's Chromium (CHROME_PATH, never a downloaded browser).
// Runs alternate between the apps; the median of each figure is reported side by side.
// Figures only, never a pass or fail.
// Two throttling methods (LIGHTHOUSE_METHODS, default both):
//   simulate  Lighthouse's default: loads at full speed, then estimates the slow-4G figures
//             from that trace. On loopback the wasm has arrived before the first paint, so
//             the estimate counts its download as needed for that paint, although on a phone
//             the pre-rendered start page paints without it (the e2e test "the app takes over
//             the pre-rendered page…" checks that no larger paint follows the wasm).
//   devtools  the network and CPU really slowed while loading: the pre-rendered page paints
//             before the wasm arrives, as on a phone. Noisier on a busy machine.
// Lighthouse comes from .tools/lighthouse (`bash .ci/install.sh bench`, pinned 12.2.3).
// Usage: node .ci/lighthouse.mjs RUNS label=dir [label=dir ...]   (prints a table, and JSON
// to the file in LIGHTHOUSE_JSON when set)
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheControl, sendStatic } from "./static.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const require = createRequire(join(root, ".tools/lighthouse/package.json"));
const { default: lighthouse } = await import(require.resolve("lighthouse"));
const chromeLauncher = await import(require.resolve("chrome-launcher"));

const [runsArg, ...specs] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";

const apps = [];
for (const spec of specs) {
  const [label, dir] = spec.split("=");
  // Served as `make serve` serves them (each run starts with an empty cache all the same).
  const server = createServer((req, res) => sendStatic(req, res, dir, (file) => ({ "cache-control": cacheControl(file) })));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  apps.push({ label, server, url: `http://127.0.0.1:${server.address().port}/`, results: [] });
}

const FIGURES = [
  ["performance", (r) => Math.round(r.categories.performance.score * 100), ""],
  ["FCP", (r) => r.audits["first-contentful-paint"].numericValue, " ms"],
  ["LCP", (r) => r.audits["largest-contentful-paint"].numericValue, " ms"],
  ["TBT", (r) => r.audits["total-blocking-time"].numericValue, " ms"],
  ["bytes", (r) => r.audits["total-byte-weight"].numericValue, " B"],
];

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const methods = (process.env.LIGHTHOUSE_METHODS || "simulate devtools").split(/\s+/).filter(Boolean);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  for (const method of methods) {
    for (let i = 0; i < runs; i++) {
      for (const app of apps) {
        const result = await lighthouse(app.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          throttlingMethod: method,
        });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${app.label}: ${lhr.runtimeError.message}`);
        app.results.push({ method, ...Object.fromEntries(FIGURES.map(([name, get]) => [name, get(lhr)])) });
      }
    }
  }
} finally {
  await chrome.kill();
  for (const app of apps) await new Promise((ok) => app.server.close(ok));
}

const cell = (v, unit) => `${Math.round(v).toLocaleString("en-US")}${unit}`.padStart(12);
for (const method of methods) {
  console.log(`-- throttling: ${method}`);
  console.log(`${"".padEnd(12)}${apps.map((a) => a.label.padStart(12)).join("")}${apps.length === 2 ? "       ratio" : ""}`);
  for (const [name, , unit] of FIGURES) {
    const values = apps.map((a) => median(a.results.filter((r) => r.method === method).map((r) => r[name])));
    const ratio = apps.length === 2 && values[1] ? `${(values[0] / values[1]).toFixed(2)}x`.padStart(12) : "";
    console.log(`${name.padEnd(12)}${values.map((v) => cell(v, unit)).join("")}${ratio}`);
  }
}
console.log(`(median of ${runs} runs each; performance 0-100; bytes: Lighthouse's total byte weight, as transferred)`);
if (process.env.LIGHTHOUSE_JSON) {
  writeFileSync(process.env.LIGHTHOUSE_JSON, JSON.stringify(Object.fromEntries(apps.map((a) => [a.label, a.results])), null, 2));
}
