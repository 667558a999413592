// Draws images/icon.png (128×128): a page with text lines and a red seal.
// Plain shapes rasterised by hand and written as PNG with zlib: no image tooling needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const blend = (x, y, [r, g, b], a) => {
  if (x < 0 || y < 0 || x >= N || y >= N || a <= 0) return;
  const i = (y * N + x) * 4;
  const k = Math.min(1, a);
  const base = px[i + 3] / 255;
  px[i] = px[i] * (1 - k) + r * k;
  px[i + 1] = px[i + 1] * (1 - k) + g * k;
  px[i + 2] = px[i + 2] * (1 - k) + b * k;
  px[i + 3] = Math.round(255 * (k + base * (1 - k)));
};
// Signed-distance shapes, anti-aliased over one pixel.
const fill = (sdf, color) => {
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) blend(x, y, color, 0.5 - sdf(x + 0.5, y + 0.5));
};
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) - r + (dx === 0 && dy === 0 ? -Math.min(x - x0, x1 - x, y - y0, y1 - y) + r : 0);
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;

const PAPER = [250, 246, 236];
const INK = [60, 60, 70];
const RED = [200, 30, 40];
fill(roundRect(14, 6, 114, 122, 10), [120, 110, 100]); // shadow edge
fill(roundRect(16, 4, 112, 118, 9), PAPER);
fill(roundRect(30, 18, 98, 26, 4), RED); // red masthead bar (红头)
for (const [y, w] of [[40, 68], [52, 60], [64, 68], [76, 44]]) fill(roundRect(30, y, 30 + w, y + 5, 2.5), INK);
fill(ring(84, 94, 16, 4), RED); // seal
fill(circle(84, 94, 4), RED);

// PNG encoding.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(N, 0);
header.writeUInt32BE(N, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) Buffer.from(px.subarray(y * N * 4, (y + 1) * N * 4)).copy(raw, y * (N * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
