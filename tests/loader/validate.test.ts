// Row validation: CSV text and JSON values become the same driver values, and every mistake is named.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { BulkFile } from '../../loader/model.ts';
import { validateNode, validateRelationship } from '../../loader/validate.ts';

const meetingsCsv: BulkFile = { kind: 'nodes', name: 'Meeting', format: 'csv' };
const attendedCsv: BulkFile = { kind: 'rels', name: 'ATTENDED', format: 'csv' };
const mentionsJson: BulkFile = { kind: 'rels', name: 'MENTIONS', format: 'jsonl' };

describe('validateNode', () => {
  it('types a CSV row: dates, and empty fields left unset', () => {
    const result = validateNode(meetingsCsv, {
      id: 'm1',
      name: 'Talks',
      date: '2025-02-28',
      status: 'held',
      kind: '',
    });
    expect(result).toEqual({
      ok: true,
      row: { id: 'm1', props: { name: 'Talks', date: new neo4j.types.Date(2025, 2, 28), status: 'held' } },
    });
  });

  it('derives a dated meeting’s spanDays (never a column of the file)', () => {
    const result = validateNode(meetingsCsv, {
      id: 'm1',
      name: 'Summit year',
      dateFrom: '2008-01-01',
      dateTo: '2008-12-31',
    });
    expect(result.ok && result.row.props.spanDays).toEqual(neo4j.int(365));
    const given = validateNode(meetingsCsv, { id: 'm1', name: 'Talks', spanDays: '3' });
    expect(given.ok ? [] : given.errors.join('\n')).toMatch(/spanDays: not a column/);
  });

  it('names each bad value: impossible date, closed vocabulary, missing name, unknown column', () => {
    const result = validateNode(meetingsCsv, {
      id: 'm1',
      date: '2025-02-30',
      status: 'maybe',
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toMatch(/colour: not a column/);
    expect(errors).toMatch(/date: expected a real calendar date/);
    expect(errors).toMatch(/status: expected one of held/);
    expect(errors).toMatch(/name: required/);
  });

  it('splits CSV lists and takes JSON lists as they are', () => {
    const csv = validateNode(
      { kind: 'nodes', name: 'Person', format: 'csv' },
      { id: 'p', name: 'P', aliases: 'a|b' },
    );
    const json = validateNode(
      { kind: 'nodes', name: 'Person', format: 'jsonl' },
      { id: 'p', name: 'P', aliases: ['a', 'b'] },
    );
    expect(csv).toEqual(json);
    const bad = validateNode(
      { kind: 'nodes', name: 'Person', format: 'jsonl' },
      { id: 'p', name: 'P', aliases: 'a' },
    );
    expect(bad.ok).toBe(false);
  });

  it('holds countries to ISO 3166-1 alpha-2 ids', () => {
    const file: BulkFile = { kind: 'nodes', name: 'Country', format: 'csv' };
    expect(validateNode(file, { id: 'UA', name: 'Ukraine' }).ok).toBe(true);
    expect(validateNode(file, { id: 'ukraine', name: 'Ukraine' }).ok).toBe(false);
  });
});

describe('validateRelationship', () => {
  it('splits node keys and checks their labels against the type', () => {
    const result = validateRelationship(attendedCsv, {
      from: 'Person:donald-trump',
      to: 'Meeting:m:1',
      role: 'host',
      sources: 'a1|a2',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        fromLabel: 'Person',
        from: 'donald-trump',
        toLabel: 'Meeting',
        to: 'm:1',
        props: { role: 'host', sources: ['a1', 'a2'] },
      },
    });
    const wrong = validateRelationship(attendedCsv, { from: 'Meeting:m1', to: 'nokey' });
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      'from: label Meeting is not allowed here (allowed: Person, Country, Organization)',
      'to: expected a node key Label:id, got "nokey"',
    ]);
  });

  it('types integers and refuses fractions', () => {
    const good = validateRelationship(mentionsJson, { from: 'Article:a', to: 'Person:p', count: 3 });
    expect(good.ok && good.row.props.count).toEqual(neo4j.int(3));
    expect(validateRelationship(mentionsJson, { from: 'Article:a', to: 'Person:p', count: 2.5 }).ok).toBe(
      false,
    );
  });
});
