// CSV encoding and streaming parsing: quotes, commas and newlines survive any chunking, and errors name their line.
import { describe, expect, it } from 'vitest';
import { type CsvRecord, csvLine, parseCsv } from '../../loader/csv.ts';

async function parse(chunks: string[]): Promise<CsvRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const records: CsvRecord[] = [];
  for await (const record of parseCsv(source())) records.push(record);
  return records;
}

const rows = [
  ['id', 'text'],
  ['a', 'plain'],
  ['b', 'with, comma'],
  ['c', 'she said "forget about" it'],
  ['d', 'two\nlines'],
  ['e', ''],
  ['f', ' padded '],
];

describe('csv', () => {
  it('round-trips awkward fields, whatever the chunk boundaries', async () => {
    const text = rows.map(csvLine).join('');
    for (let cut = 1; cut < text.length; cut++) {
      const records = await parse([text.slice(0, cut), text.slice(cut)]);
      expect(records.map((record) => record.fields)).toEqual(rows);
    }
    const oneByOne = await parse([...text]);
    expect(oneByOne.map((record) => record.fields)).toEqual(rows);
  });

  it('numbers records by the line they start on, past multi-line fields and blank lines', async () => {
    const records = await parse(['id,text\r\n1,"x\ny"\n\n2,z\n3,last']);
    expect(records.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'id'],
      [2, '1'],
      [5, '2'],
      [6, '3'],
    ]);
  });

  it('reports a stray quote and an unclosed quote with their lines', async () => {
    await expect(parse(['id,text\n1,ok\n2,bro"ken\n'])).rejects.toMatchObject({ line: 3 });
    await expect(parse(['id,text\n1,"never closed\n'])).rejects.toMatchObject({ line: 2 });
  });
});
