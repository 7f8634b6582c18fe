// Money ("$500bn", "€2.5 million", "500 billion dollars"), percentages ("5%", "5 per cent") and quantities
// with a unit ("300,000 tonnes", "20 rare earth elements" is not one: only listed units count), as numbers.
import type { AmountMention } from '../../contract/index.ts';

export type DetectedAmount = Omit<AmountMention, 'id' | 'text'>;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
};
const UNITS: Record<string, string> = {
  tonnes: 'tonnes',
  tonne: 'tonnes',
  tons: 'tons',
  ton: 'tons',
  barrels: 'barrels',
  barrel: 'barrels',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  miles: 'miles',
  mile: 'miles',
  'square kilometres': 'km2',
  'square kilometers': 'km2',
  'square miles': 'sq mi',
  troops: 'troops',
  soldiers: 'soldiers',
  people: 'people',
  hectares: 'hectares',
  'cubic metres': 'm3',
  'cubic meters': 'm3',
  bcm: 'bcm',
  mw: 'MW',
  gw: 'GW',
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULTIPLIER = String.raw`(?:\s?(?:thousand|million|billion|trillion)|(?:k|m|mn|bn|b|tn)\b)`;
const UNIT_WORDS = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const SIGNED_MONEY = new RegExp(String.raw`(US\$|\$|€|£|¥)\s?(${NUMBER})(${MULTIPLIER})?`, 'gi');
const WORDED_MONEY = new RegExp(
  String.raw`\b(${NUMBER})(${MULTIPLIER})?\s(?:US\s)?(${Object.keys(CURRENCY_WORDS).join('|')})\b`,
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(${NUMBER})(?:\s?%|\s(?:per\s?cent|percent)\b)`, 'gi');
const QUANTITY = new RegExp(String.raw`\b(${NUMBER})(${MULTIPLIER})?\s(?:metric\s)?(${UNIT_WORDS})\b`, 'gi');

const numberOf = (digits: string, multiplier: string | undefined): number =>
  Number(digits.replace(/,/g, '')) * (MULTIPLIERS[(multiplier ?? '').trim().toLowerCase()] ?? 1);

export function detectAmounts(text: string): DetectedAmount[] {
  const found: DetectedAmount[] = [];
  const push = (match: RegExpMatchArray, kind: DetectedAmount['kind'], value: number, unit: string) => {
    const start = match.index ?? 0;
    found.push({ kind, start, end: start + match[0].length, value, unit });
  };
  for (const m of text.matchAll(SIGNED_MONEY)) {
    push(m, 'money', numberOf(m[2] ?? '0', m[3]), CURRENCY_SIGNS[(m[1] ?? '').toLowerCase()] ?? 'USD');
  }
  for (const m of text.matchAll(WORDED_MONEY)) {
    push(m, 'money', numberOf(m[1] ?? '0', m[2]), CURRENCY_WORDS[(m[3] ?? '').toLowerCase()] ?? 'USD');
  }
  for (const m of text.matchAll(PERCENT)) push(m, 'quantity', numberOf(m[1] ?? '0', undefined), '%');
  for (const m of text.matchAll(QUANTITY)) {
    push(m, 'quantity', numberOf(m[1] ?? '0', m[2]), UNITS[(m[3] ?? '').toLowerCase()] ?? m[3] ?? '');
  }
  return found;
}
