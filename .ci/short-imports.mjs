// `make dist` (split-wasm.mjs): the main wasm's imports from its glue renamed to short names,
// in the wasm's import section and in the glue's import object alike. wasm-bindgen names each
// import after its JavaScript function plus a 16-digit hash (`__wbg_location_7320782274fc691b`);
// the app has about 150, each written in both files, and the hashes do not compress: about
// 3 KB brotli of the first download (issue 12). Only names that end in such a hash are renamed
// (each must appear exactly once in the glue, as its key in the import object), so nothing
// else the glue or the wasm names can be touched.
// Usage: const { wasm, glue, renamed } = shortenImports(wasmBytes, glueText, moduleName)

const HASHED = /^__(?:wbg|wbindgen)_[A-Za-z0-9_]*_[0-9a-f]{16}$/;

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, pos];
    shift += 7;
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });
const encodeName = (s) => {
  const b = encoder.encode(s);
  return [...encodeLeb(b.length), ...b];
};

/** The end of an import's description that starts at `pos` (after its kind byte `kind`). */
function skipDescription(bytes, kind, pos) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return leb(bytes, pos)[1];
    case 1: // table: reference type, limits
      if (bytes[pos] === 0x63 || bytes[pos] === 0x64) throw new Error("short-imports: typed table references are not handled");
      return limits(pos + 1);
    case 2: // memory: limits
      return limits(pos);
    case 3: // global: value type, mutability
      if (bytes[pos] === 0x63 || bytes[pos] === 0x64) throw new Error("short-imports: typed global references are not handled");
      return pos + 2;
    case 4: // tag: attribute, type index
      return leb(bytes, pos + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** The n-th short name: _0 … _z, _10 … (a valid identifier, never a hashed name). */
const shortName = (n) => `_${n.toString(36)}`;

export function shortenImports(wasmBytes, glue, moduleName) {
  const bytes = new Uint8Array(wasmBytes);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error("short-imports: not a wasm module");
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, body] = leb(bytes, pos + 1);
    const end = body + size;
    if (id !== 2) {
      pos = end;
      continue;
    }
    // The import section: rebuilt with the new names, every description copied as it is.
    let [count, p] = leb(bytes, body);
    const section = [...encodeLeb(count)];
    const renamed = new Map();
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(bytes, p);
      const module = decoder.decode(bytes.subarray(p, p + len));
      p += len;
      [len, p] = leb(bytes, p);
      const name = decoder.decode(bytes.subarray(p, p + len));
      p += len;
      const kind = bytes[p];
      const descEnd = skipDescription(bytes, kind, p + 1);
      let newName = name;
      if (module === moduleName && kind === 0 && HASHED.test(name)) {
        if (renamed.has(name)) throw new Error(`short-imports: ${name} imported twice`);
        newName = shortName(renamed.size);
        renamed.set(name, newName);
      }
      section.push(...encodeName(module), ...encodeName(newName), ...bytes.subarray(p, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error("short-imports: the import section did not end where its size says");
    if (renamed.size === 0) throw new Error(`short-imports: no hashed import from ${moduleName}`);

    // The glue: each name is a key of its import object, once.
    for (const [name, short] of renamed) {
      const token = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, "g");
      const seen = glue.match(token)?.length ?? 0;
      if (seen !== 1) throw new Error(`short-imports: the glue names ${name} ${seen} times, not once`);
      if (new RegExp(`(?<![\\w$])${short}(?![\\w$])`).test(glue)) throw new Error(`short-imports: the glue already names ${short}`);
      glue = glue.replace(token, short);
    }
    const wasm = Buffer.concat([
      bytes.subarray(0, pos),
      Buffer.from([2, ...encodeLeb(section.length), ...section]),
      bytes.subarray(end),
    ]);
    return { wasm, glue, renamed: renamed.size };
  }
  throw new Error("short-imports: the wasm has no import section");
}
