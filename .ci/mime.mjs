// Content types for the project's static servers: `make serve` (.ci/serve.mjs) and the test
// servers (tests/e2e/harness.mjs, tests/e2e/embed-harness.mjs). One table, so the app is
// served the same way in both.
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".ts": "text/plain; charset=utf-8",
};
