// The app's icons for the web app manifest, drawn at build time from the same design as
// assets/favicon.svg (a white check mark on the accent blue), so no binary is committed.
//   icon-192.png, icon-512.png            rounded square ("any")
//   icon-maskable-512.png                 full bleed, the mark inside the central safe zone
// Node's standard library only (zlib for PNG's deflate). Usage: node .ci/icons.mjs DIR
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const ACCENT = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];
// assets/favicon.svg, in its 32-unit box: the check mark's polyline and stroke, the corner.
const MARK = [[9, 17], [14, 22], [23, 11]];
const HALF_STROKE = 3.5 / 2;
const RADIUS = 6;

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** What covers the point (x, y) in the 32-unit box: "mark", "tile" or null (transparent). */
function sample(x, y, { rounded, scale }) {
  // Maskable: the mark shrunk towards the centre so it stays inside the 80 % safe circle.
  const mx = 16 + (x - 16) * scale;
  const my = 16 + (y - 16) * scale;
  const onMark =
    Math.min(segmentDistance(mx, my, MARK[0], MARK[1]), segmentDistance(mx, my, MARK[1], MARK[2])) <=
    HALF_STROKE;
  if (rounded) {
    const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS);
    const cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
    if (Math.hypot(x - cx, y - cy) > RADIUS) return null;
  }
  return onMark ? "mark" : "tile";
}

/** RGBA pixels of a `size` px icon, 4x4 samples per pixel for smooth edges. */
function draw(size, options) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let mark = 0;
      let tile = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const hit = sample(((px + (sx + 0.5) / n) * 32) / size, ((py + (sy + 0.5) / n) * 32) / size, options);
          if (hit === "mark") mark++;
          else if (hit === "tile") tile++;
        }
      }
      const covered = mark + tile;
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round((WHITE[c] * mark + ACCENT[c] * tile) / covered);
      rgba[o + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const ICONS = [
  { file: "icon-192.png", size: 192, rounded: true, scale: 1, purpose: "any" },
  { file: "icon-512.png", size: 512, rounded: true, scale: 1, purpose: "any" },
  { file: "icon-maskable-512.png", size: 512, rounded: false, scale: 1.25, purpose: "maskable" },
];

export function writeIcons(dir) {
  for (const icon of ICONS) writeFileSync(join(dir, icon.file), png(icon.size, draw(icon.size, icon)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  writeIcons(process.argv[2] || "dist");
}
