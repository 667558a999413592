// A GB18030 encoder built from Node's own decoder, so that what we write
// decodes back to exactly the text we meant. Node ships a GB18030 decoder
// (TextDecoder, via ICU) but no encoder. The reverse tables are built lazily:
// the two-byte (GBK) range first, the four-byte BMP range only when a
// character is missing from it.

let twoByte: Map<number, number> | undefined;
let fourByteBmp: Map<number, number> | undefined;

/** Code point -> (lead << 8) | trail for every two-byte code. */
function twoByteTable(): Map<number, number> {
  if (twoByte) return twoByte;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    pair[0] = lead;
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[1] = trail;
      let s: string;
      try {
        s = decoder.decode(pair);
      } catch {
        continue;
      }
      const cp = s.codePointAt(0)!;
      if (s.length === 1 && !map.has(cp)) map.set(cp, (lead << 8) | trail);
    }
  }
  return (twoByte = map);
}

/** Code point -> four-byte pointer for the BMP characters outside the two-byte range. */
function fourByteTable(): Map<number, number> {
  if (fourByteBmp) return fourByteBmp;
  const two = twoByteTable();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<number, number>();
  const bytes = new Uint8Array(4);
  // Pointers 0..39419 cover U+0080..U+FFFF (less the two-byte characters).
  for (let pointer = 0; pointer <= 39419; pointer++) {
    pointerBytes(pointer, bytes);
    let s: string;
    try {
      s = decoder.decode(bytes);
    } catch {
      continue;
    }
    const cp = s.codePointAt(0)!;
    if (s.length === 1 && !two.has(cp) && !map.has(cp)) map.set(cp, pointer);
  }
  return (fourByteBmp = map);
}

function pointerBytes(pointer: number, out: Uint8Array, at = 0): void {
  out[at] = Math.floor(pointer / 12600) + 0x81;
  pointer %= 12600;
  out[at + 1] = Math.floor(pointer / 1260) + 0x30;
  pointer %= 1260;
  out[at + 2] = Math.floor(pointer / 10) + 0x81;
  out[at + 3] = (pointer % 10) + 0x30;
}

/** Encodes text as GB18030; returns the UTF-16 offset of the first character it cannot encode instead. */
export function encodeGb18030(text: string): Buffer | number {
  const out = Buffer.alloc(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    if (cp > 0xffff) {
      // Supplementary planes map linearly onto pointers from 189000.
      pointerBytes(189000 + cp - 0x10000, out, n);
      n += 4;
      i++;
      continue;
    }
    const code = twoByteTable().get(cp);
    if (code !== undefined) {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
      continue;
    }
    const pointer = fourByteTable().get(cp);
    if (pointer === undefined) return i;
    pointerBytes(pointer, out, n);
    n += 4;
  }
  const bytes = out.subarray(0, n);
  // Guard against any table quirk: the bytes must decode to the same text.
  const back = new TextDecoder('gb18030').decode(bytes);
  if (back !== text) {
    let i = 0;
    while (i < text.length && back[i] === text[i]) i++;
    return i;
  }
  return Buffer.from(bytes);
}
