// Positions in the user's text: Neo4j's "(line, column (offset))" read from a message, and moved back past
// the guard's EXPLAIN prefix.
import { describe, expect, it } from 'vitest';
import { positionInMessage, withoutPrefix } from '../../../server/cypher/query-position.ts';

describe('query positions', () => {
  it("reads Neo4j's position from an error message", () => {
    expect(
      positionInMessage("Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))"),
    ).toEqual({ line: 1, column: 18, offset: 17 });
    expect(positionInMessage('Some other error')).toBeNull();
  });

  it('moves a position back past the prefix: columns only on the first line, offsets everywhere', () => {
    expect(withoutPrefix({ line: 1, column: 18, offset: 17 }, 'EXPLAIN ')).toEqual({
      line: 1,
      column: 10,
      offset: 9,
    });
    expect(withoutPrefix({ line: 2, column: 8, offset: 25 }, 'EXPLAIN ')).toEqual({
      line: 2,
      column: 8,
      offset: 17,
    });
    expect(withoutPrefix({ line: 1, column: 1, offset: 0 }, 'EXPLAIN ')).toBeNull();
  });
});
