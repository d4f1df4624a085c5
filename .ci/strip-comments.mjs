// `make dist`: removes the whole-line `//` comments from the files named, in place. init.js is
// the one script of the first download that no tool minifies (Trunk copies it as it is); its
// comments say why for the people who read the source, and were a quarter of its bytes on
// the wire. Only lines that are a comment and nothing else: a script whose string or template
// spans lines that start with `//` must not be given to this.
// Usage: node .ci/strip-comments.mjs FILE...
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, "utf8");
  const kept = source.split("\n").filter((line) => !/^\s*\/\//.test(line));
  if (kept.some((line) => line.includes("`"))) throw new Error(`strip-comments: ${file} has a template literal`);
  writeFileSync(file, kept.join("\n"));
  console.log(`strip-comments: ${file}, ${source.length} -> ${kept.join("\n").length} B`);
}
