// The export's record reader against the real database: records in order, in arrays of the asked size, one
// query after another; a query that fails mid-stream fails the read after the arrays before it.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import type { ReadContext } from '../../../server/db/read.ts';
import { recordBatches } from '../../../server/export/record-batches.ts';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';

function context(): ReadContext {
  return {
    driver: getTestDriver(),
    config: { ...loadConfig({ LOG_LEVEL: 'silent' }), neo4j: inject('neo4j') },
  };
}

afterAll(closeTestDriver);

describe('recordBatches', () => {
  it('gives every record in order, in arrays of the asked size, each query to its end', async () => {
    const queries = ['UNWIND range(1, 2500) AS i RETURN i', 'UNWIND range(1, 10) AS i RETURN -i AS i'];
    const sizes: number[] = [];
    const values: number[] = [];
    for await (const batch of recordBatches<{ i: unknown }>(context(), queries, {}, 10_000, 1000)) {
      sizes.push(batch.length);
      for (const record of batch) values.push(Number(record.get('i')));
    }
    // Full arrays until a query's last records (which may be given apart from the next query's).
    expect(sizes.slice(0, 2)).toEqual([1000, 1000]);
    expect(sizes.every((size) => size > 0 && size <= 1000)).toBe(true);
    const expected = [
      ...Array.from({ length: 2500 }, (_, index) => index + 1),
      ...Array.from({ length: 10 }, (_, index) => -(index + 1)),
    ];
    expect(values).toEqual(expected);
  });

  it('fails with the database error when the query fails mid-stream, after the records before it', async () => {
    const query = 'UNWIND range(1, 5000) AS i RETURN i, 10 / (3500 - i) AS x';
    const seen: number[] = [];
    const read = async () => {
      for await (const batch of recordBatches<{ i: unknown }>(context(), [query], {}, 10_000, 1000)) {
        for (const record of batch) seen.push(Number(record.get('i')));
      }
    };
    await expect(read()).rejects.toThrow(/by zero/i);
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, index) => index + 1));
  });
});
