// `make serve`: two static servers on 127.0.0.1, two origins, Node's standard library only.
//   app   (default :8080) serves dist/ with the headers docs/embedding.md asks of the app's host
//   host  (default :8081) serves examples/ as a consulate's page with a strict CSP, embedding
//         the app from the other origin both ways (examples/consulate.html)
// Usage: node .ci/serve.mjs [APP_PORT] [HOST_PORT]
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheControl, sendStatic } from "./static.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const appPort = Number(process.argv[2] || process.env.APP_PORT || 8080);
const hostPort = Number(process.argv[3] || process.env.HOST_PORT || 8081);
const app = `http://127.0.0.1:${appPort}`;
const hostOrigin = `http://127.0.0.1:${hostPort}`;


// Precompressed files (.br, .gz from `make dist`) when the browser accepts them, the
// pre-rendered page of a `?lang=` link, and the cache lifetimes docs/embedding.md asks for
// (a year for the files named by their contents, revalidation for the rest): .ci/static.mjs,
// shared with the tests.
function server(dir, headersFor) {
  return createServer(async (req, res) => {
    await sendStatic(req, res, dir, (file) => ({ "cache-control": cacheControl(file), ...headersFor(file) }));
  });
}

// The app's host: the same policy as index.html's <meta> (which init.js sets) plus what only
// a header can say (frame-ancestors); CORS so that a page on another origin can import the JS
// API.
const appCsp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'self' " + hostOrigin;
const appServer = server(join(root, "dist"), (file) =>
  extname(file) === ".html"
    ? {
        "content-security-policy": appCsp,
        // A host page that is cross-origin isolated frames only a page that sends both.
        "cross-origin-resource-policy": "cross-origin",
        "cross-origin-embedder-policy": "require-corp",
      }
    : { "access-control-allow-origin": "*", "cross-origin-resource-policy": "cross-origin" }
);

// The consulate's page: exactly the CSP lines docs/embedding.md tells a host to add.
const hostCsp =
  `default-src 'self'; script-src 'self' ${app} 'wasm-unsafe-eval'; frame-src ${app}; ` +
  `style-src 'self' ${app}; connect-src 'self' ${app}; img-src 'self' ${app} data:; ` +
  "object-src 'none'; base-uri 'none'";
const hostServer = server(join(root, "examples"), () => ({ "content-security-policy": hostCsp }));

appServer.listen(appPort, "127.0.0.1", () => console.log(`app:     ${app}/`));
hostServer.listen(hostPort, "127.0.0.1", () =>
  console.log(`example: ${hostOrigin}/consulate.html (embeds ${app} both ways)`)
);
