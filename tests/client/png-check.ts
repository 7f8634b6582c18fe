// Checks that bytes are a PNG that really decodes: signature, IHDR, and inflated IDAT of the right length.
import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(bytes: Buffer): { width: number; height: number } {
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  let bitsPerPixel = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitsPerPixel = (body[8] ?? 8) * (CHANNELS[body[9] ?? 6] ?? 4);
      if (body[12] !== 0) throw new Error('interlaced PNGs are not checked here');
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(data));
  const expected = height * (1 + Math.ceil((width * bitsPerPixel) / 8));
  if (pixels.length !== expected) throw new Error(`PNG data is ${pixels.length} bytes, expected ${expected}`);
  return { width, height };
}
