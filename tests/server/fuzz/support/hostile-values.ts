// fast-check arbitraries for careless and hostile input: odd unicode, control characters, Lucene and
// Cypher syntax, prototype keys, numbers written every which way, nested JSON, very long strings.
import fc from 'fast-check';

/** Strings that have broken parsers, query builders and object handling elsewhere. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u202e\u200b\ufeff',
  '\ud800',
  '\udfff\ud800',
  '\uffff',
  '🦄👩‍👩‍👧‍👦',
  'Zоlеnskу',
  'ﬁ ǅ Å Å',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__proto__:x',
  'Person:__proto__',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '[[[[[[[[[[]]]]]]]]]]',
  // Lucene
  '*',
  '?',
  '~',
  'a~2',
  'a^999999999',
  'name:*',
  '"unterminated',
  '(((',
  ')))',
  '\\',
  '/regex.*/',
  '[a TO z]',
  '{!lucene}',
  'AND OR NOT',
  '+-&&||!(){}[]^"~*?:\\/',
  // Cypher
  "' OR 1=1 //",
  '" OR ""="',
  '`',
  'Person`) DETACH DELETE n //',
  '}) MATCH (n) DETACH DELETE n //',
  '$param',
  '{{label}}',
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.killQueries([])',
  'Person:donald-trump; DROP',
  // paths and encodings
  '../../etc/passwd',
  '%2e%2e%2f',
  '%00',
  '%',
  '&=?#',
  '<script>alert(1)</script>',
  // numbers as strings
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '1e3',
  '0x10',
  '0b11',
  ' 5 ',
  '5abc',
  '9007199254740993',
  '-9223372036854775809',
  '1.5',
];

export const nastyString: fc.Arbitrary<string> = fc.constantFrom(...NASTY_STRINGS);

export const numberLike: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -10, max: 5_000 }).map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e3', '0x10', ' 7', '7 ', '', '1,2', '[1]'),
);

/** Long strings, from just past typical limits to far past them (kept under the 8 KB URL limit once encoded). */
export const longString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', 'ä', '🦄', '%', '\u0000', 'ab '), fc.integer({ min: 190, max: 2_400 }))
  .map(([unit, times]) => unit.repeat(times));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 60 }) },
  { weight: 2, arbitrary: numberLike },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: longString },
);

/** Any JSON value, hostile strings and prototype keys included: for bodies and Cypher parameters. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, 5e-324),
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;
