// A minimal W3C WebDriver client for Firefox: geckodriver (cargo-installed, .ci/install.sh)
// driving Debian's firefox-esr headless, over plain HTTP with Node's fetch. playwright-core
// cannot drive a stock Firefox (it needs its own patched build, which would be a download),
// and selenium-webdriver would bring selenium-manager, which tries to download drivers; a
// hundred lines of the standard protocol need neither.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

function geckodriverPath() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const home = process.env.CARGO_HOME || join(process.env.HOME || "", ".cargo");
  return join(home, "bin", "geckodriver");
}

/** Starts geckodriver and a headless Firefox session. */
export async function launchFirefox() {
  const port = await freePort();
  const profileRoot = await mkdtemp(join(tmpdir(), "iin-gecko-"));
  const driver = spawn(geckodriverPath(), ["--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TMPDIR: profileRoot },
  });
  let stderr = "";
  driver.stderr.on("data", (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready) break;
    } catch {
      /* not listening yet */
    }
    if (i > 100) throw new Error(`geckodriver did not start: ${stderr}`);
    await sleep(100);
  }
  const created = await call(base, "POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: process.env.FIREFOX || "/usr/bin/firefox-esr",
          args: ["-headless"],
          prefs: {
            // Off the network: no update, telemetry, safe-browsing or captive-portal checks.
            "app.update.enabled": false,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
            "toolkit.telemetry.enabled": false,
          },
        },
      },
    },
  });
  const session = new Session(base, created.sessionId);
  // Tall enough that the embedded app's buttons are in view without scrolling the host page
  // (a native click inside a cross-origin frame below the fold can miss in headless Firefox).
  await session.cmd("POST", "/window/rect", { width: 1280, height: 2000 });
  session.close = async () => {
    await call(base, "DELETE", `/session/${created.sessionId}`).catch(() => {});
    driver.kill();
    await rm(profileRoot, { recursive: true, force: true }).catch(() => {});
  };
  return session;
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok || json.value?.error) {
    throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  }
  return json.value;
}

class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }
  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }
  goto(url) {
    return this.cmd("POST", "/url", { url });
  }
  /** Reloads the page and returns once the new document has loaded (WebDriver "Refresh"). A
   * `location.reload()` from a script returns at once: the old document can still answer. */
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  /** Runs `fn` (a function or its source) in the current frame with `args`; returns its value. */
  run(fn, ...args) {
    const source = typeof fn === "function" ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd("POST", "/execute/sync", { script: source, args });
  }
  async find(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return el;
  }
  click(el) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
  }
  /** Switches into the iframe element `el`, or back to the top page with `null`. */
  frame(el) {
    return this.cmd("POST", "/frame", { id: el });
  }
  /** Polls `fn` in the current frame until it returns a truthy value. */
  async until(fn, args = [], { timeout = 15000, what = String(fn) } = {}) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      const value = await this.run(fn, ...args).catch((e) => {
        last = e;
        return null;
      });
      if (value) return value;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last.message})` : ""}`);
      }
      await sleep(50);
    }
  }
}
