// The names Trunk gives the files it hashes: `<name>-<hash>.<ext>`, the hash in hexadecimal
// without leading zeros (`main-1b69fb43444c2e5.css`: one build in 16 has 15 digits or fewer).
// The steps after Trunk (split-wasm.mjs, minify-css.mjs) find its files by these names; a
// build failed when they expected 16 digits. Their own names always have 16.
export const TRUNK_HASH = "[0-9a-f]{1,16}";

/** `iin-precheck-d56ba97b4d72efd` -> `iin-precheck`. */
export function withoutTrunkHash(stem) {
  return stem.replace(new RegExp(`-${TRUNK_HASH}$`), "");
}
