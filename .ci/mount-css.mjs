// `make dist`: the direct mount's stylesheet (dist/api/iin-precheck.css) from style/main.css.
// In a shadow root `rem` is the host page's root font size: a host theme with
// `html { font-size: 62.5% }` (Bootstrap 3 and many since) shrank the mounted app's headings,
// spacing and tick boxes by a third (found by an audit: the heading below its hint's size,
// 18 px tick boxes). Here every length in `rem` of a declaration becomes
// `calc(N * var(--iin-rem, 1rem))`: the mount (src/embed/mount.rs) registers `--iin-rem` as a
// length and sets it to the reader's own text size on the app's root (`.app--rem`), so the
// app keeps its sizes whatever the host's root; where the browser cannot register it, the
// fallback is `1rem`, the stylesheet as it was. Conditions of `@media` stay in `rem` (there it
// is the browser's initial size, never the page's).
// Usage: node .ci/mount-css.mjs IN OUT
import { readFileSync, writeFileSync } from "node:fs";

export function mountCss(source) {
  let out = "";
  let depth = 0;
  let i = 0;
  // Only between `{` and `}` of a rule, never in a selector or an at-rule's condition.
  while (i < source.length) {
    const c = source[i];
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === "{" || c === "}") {
      depth += c === "{" ? 1 : -1;
      out += c;
      i++;
      continue;
    }
    // The text up to the next brace or comment: a selector or condition, or declarations.
    let next = source.slice(i).search(/[{}]|\/\*/);
    next = next < 0 ? source.length : i + next;
    const chunk = source.slice(i, next);
    const declarations = source[next] !== "{";
    out += depth > 0 && declarations ? chunk.replace(/(?<![\w.-])(-?\d*\.?\d+)rem\b/g, "calc($1 * var(--iin-rem, 1rem))") : chunk;
    i = next;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node .ci/mount-css.mjs IN OUT");
    process.exit(2);
  }
  // On the mount's container (src/embed/mount.rs), the parent of the app's root: the reader's
  // own text size, whatever the host's root, and the length every `rem` above now reads.
  const css =
    mountCss(readFileSync(input, "utf8")) +
    "\n/* The mount's root size (.ci/mount-css.mjs); --space, set on :host where --iin-rem is not\n   set yet, again from it. */\n.app--rem {\n  font-size: medium;\n  --iin-rem: 1em;\n}\n.app--rem > .app {\n  --space: var(--iin-rem);\n}\n";
  writeFileSync(output, css);
}
