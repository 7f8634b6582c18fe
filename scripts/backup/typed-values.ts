// Property values to JSON and back without losing their Neo4j type: Integer vs Float, every temporal type with
// its zone, Duration, Point, byte arrays and lists of each. Strings, booleans and finite floats stay plain JSON;
// everything else becomes `{"$type": …}` (property maps cannot nest, so an object is always a tagged value).
import neo4j, {
  Date as CypherDate,
  DateTime,
  Duration,
  type Integer,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
} from 'neo4j-driver';

export type TypedJson =
  | string
  | number
  | boolean
  | null
  | TypedJson[]
  | { $type: string; [field: string]: string | number | undefined };

const text = (value: number | Integer): string => String(value);
const int = (value: unknown): Integer => neo4j.int(String(value));
const num = (value: unknown): number => Number(value);

/** One driver value (as a record field) to its typed JSON form. */
export function encodeValue(value: unknown): TypedJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    return Number.isFinite(value) && !Object.is(value, -0) ? value : { $type: 'Float', value: String(value) };
  }
  if (typeof value === 'bigint') return { $type: 'Integer', value: value.toString() };
  if (neo4j.isInt(value)) return { $type: 'Integer', value: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return {
      $type: 'Bytes',
      value: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  if (neo4j.isDate(value)) {
    return { $type: 'Date', year: text(value.year), month: num(value.month), day: num(value.day) };
  }
  if (neo4j.isDateTime(value)) {
    return {
      $type: 'DateTime',
      ...clock(value),
      year: text(value.year),
      month: num(value.month),
      day: num(value.day),
      offsetSeconds: value.timeZoneOffsetSeconds === undefined ? undefined : num(value.timeZoneOffsetSeconds),
      zoneId: value.timeZoneId ?? undefined,
    };
  }
  if (neo4j.isLocalDateTime(value)) {
    return {
      $type: 'LocalDateTime',
      ...clock(value),
      year: text(value.year),
      month: num(value.month),
      day: num(value.day),
    };
  }
  if (neo4j.isTime(value)) {
    return { $type: 'Time', ...clock(value), offsetSeconds: num(value.timeZoneOffsetSeconds) };
  }
  if (neo4j.isLocalTime(value)) return { $type: 'LocalTime', ...clock(value) };
  if (neo4j.isDuration(value)) {
    return {
      $type: 'Duration',
      months: text(value.months),
      days: text(value.days),
      seconds: text(value.seconds),
      nanoseconds: text(value.nanoseconds),
    };
  }
  if (neo4j.isPoint(value)) {
    return { $type: 'Point', srid: num(value.srid), x: value.x, y: value.y, z: value.z };
  }
  throw new Error(
    `a property holds a value of a type this backup does not know: ${Object.prototype.toString.call(value)}`,
  );
}

function clock(value: {
  hour: number | Integer;
  minute: number | Integer;
  second: number | Integer;
  nanosecond: number | Integer;
}) {
  return {
    hour: num(value.hour),
    minute: num(value.minute),
    second: num(value.second),
    nanosecond: num(value.nanosecond),
  };
}

type Tagged = Extract<TypedJson, { $type: string }>;

function decodeTagged(tagged: Tagged): unknown {
  const f = tagged;
  switch (tagged.$type) {
    case 'Integer':
      return int(f.value);
    case 'Float':
      return Number(f.value);
    case 'Bytes':
      return new Int8Array(Buffer.from(String(f.value), 'base64'));
    case 'Date':
      return new CypherDate(int(f.year), int(f.month), int(f.day));
    case 'DateTime':
      // A zone id wins over the offset it had then: the server recomputes the offset from the zone rules.
      return new DateTime(
        int(f.year),
        int(f.month),
        int(f.day),
        int(f.hour),
        int(f.minute),
        int(f.second),
        int(f.nanosecond),
        f.zoneId === undefined && f.offsetSeconds !== undefined ? int(f.offsetSeconds) : undefined,
        f.zoneId === undefined ? undefined : String(f.zoneId),
      );
    case 'LocalDateTime':
      return new LocalDateTime(
        int(f.year),
        int(f.month),
        int(f.day),
        int(f.hour),
        int(f.minute),
        int(f.second),
        int(f.nanosecond),
      );
    case 'Time':
      return new Time(int(f.hour), int(f.minute), int(f.second), int(f.nanosecond), int(f.offsetSeconds));
    case 'LocalTime':
      return new LocalTime(int(f.hour), int(f.minute), int(f.second), int(f.nanosecond));
    case 'Duration':
      return new Duration(int(f.months), int(f.days), int(f.seconds), int(f.nanoseconds));
    case 'Point':
      return new Point(int(f.srid), Number(f.x), Number(f.y), f.z === undefined ? undefined : Number(f.z));
    default:
      throw new Error(`the backup holds a value of unknown type "${tagged.$type}"`);
  }
}

/** Typed JSON back to the driver value that writes the same Neo4j type. */
export function decodeValue(value: TypedJson): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  return decodeTagged(value);
}

export function encodeProperties(properties: Record<string, unknown>): Record<string, TypedJson> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, encodeValue(value)]));
}

export function decodeProperties(properties: Record<string, TypedJson>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}
