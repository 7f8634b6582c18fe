// Compact, pure encodings of what a link carries beyond filters: the shown nodes' positions (12 bits per
// coordinate, base64url), the camera in graph coordinates, and the expansions.

export interface Placed {
  key: string;
  x: number;
  y: number;
}

/** 12-bit coordinates: 1/4096 of the picture's extent, finer than any screen shows the whole graph at. */
const LEVELS = 4095;
/** URLSearchParams leaves `*` as it is (unlike `~`, `,` or `|`), so it separates without growing the link. */
const SEP = '*';

const short = (value: number): string => String(Number(value.toPrecision(6)));

/** FNV-1a over the sorted keys: the link's positions apply only to the very same set of shown nodes. */
export function keysHash(keys: readonly string[]): string {
  let hash = 2166136261;
  for (const char of [...keys].sort().join('\n')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0).toString(36);
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `count*hash*minX*minY*spanX*spanY*data`: each node (sorted by key) three bytes, x and y 12 bits each. */
export function encodePositions(placed: readonly Placed[]): string | null {
  if (placed.length === 0) return null;
  const sorted = [...placed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const xs = sorted.map((p) => p.x);
  const ys = sorted.map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const spanX = Math.max(...xs) - minX || 1;
  const spanY = Math.max(...ys) - minY || 1;
  const bytes = new Uint8Array(sorted.length * 3);
  sorted.forEach((p, i) => {
    const qx = Math.round(((p.x - minX) / spanX) * LEVELS);
    const qy = Math.round(((p.y - minY) / spanY) * LEVELS);
    bytes[i * 3] = qx >> 4;
    bytes[i * 3 + 1] = ((qx & 15) << 4) | (qy >> 8);
    bytes[i * 3 + 2] = qy & 255;
  });
  const head = [sorted.length, keysHash(sorted.map((p) => p.key)), minX, minY, spanX, spanY];
  return [...head.map((v) => (typeof v === 'number' ? short(v) : v)), toBase64Url(bytes)].join(SEP);
}

/** The positions for these keys, or null when the code is damaged or was made for another set of nodes. */
export function decodePositions(
  code: string,
  keys: readonly string[],
): Map<string, { x: number; y: number }> | null {
  const parts = code.split(SEP);
  if (parts.length !== 7) return null;
  const [count, hash, ...rest] = parts;
  const numbers = rest.slice(0, 4).map(Number);
  const bytes = fromBase64Url(rest[4] ?? '');
  const [minX = 0, minY = 0, spanX = 1, spanY = 1] = numbers;
  if (Number(count) !== keys.length || hash !== keysHash(keys) || numbers.some((n) => !Number.isFinite(n)))
    return null;
  if (!bytes || bytes.length !== keys.length * 3) return null;
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const positions = new Map<string, { x: number; y: number }>();
  sorted.forEach((key, i) => {
    const [a = 0, b = 0, c = 0] = [bytes[i * 3], bytes[i * 3 + 1], bytes[i * 3 + 2]];
    const qx = (a << 4) | (b >> 4);
    const qy = ((b & 15) << 8) | c;
    positions.set(key, { x: minX + (qx / LEVELS) * spanX, y: minY + (qy / LEVELS) * spanY });
  });
  return positions;
}

/** The camera as the graph coordinates at the centre of the view and the graph width it spans. */
export interface GraphCamera {
  x: number;
  y: number;
  width: number;
}

export const encodeCamera = (camera: GraphCamera): string =>
  [camera.x, camera.y, camera.width].map(short).join(SEP);

export function decodeCamera(text: string | null): GraphCamera | null {
  const numbers = (text ?? '').split(SEP).map(Number);
  const [x, y, width] = numbers;
  if (numbers.length !== 3 || x === undefined || y === undefined || width === undefined) return null;
  return numbers.every(Number.isFinite) && width > 0 ? { x, y, width } : null;
}

/** One expansion: the node, and the relationship types chosen in the dialog (none: all, as added at once). */
export interface ExpandedNode {
  node: string;
  types: string[];
}

const TYPE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `key` or `key*TYPE.TYPE`, comma-separated (`,` never occurs in a key's label or slug). */
export const encodeExpansions = (expanded: readonly ExpandedNode[]): string =>
  expanded.map(({ node, types }) => (types.length ? `${node}${SEP}${types.join('.')}` : node)).join(',');

export function decodeExpansions(text: string | null): ExpandedNode[] {
  if (!text) return [];
  return text
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const [node = '', types = ''] = item.split(SEP);
      return { node, types: types.split('.').filter((type) => TYPE.test(type)) };
    })
    .filter(({ node }) => node.includes(':'));
}
