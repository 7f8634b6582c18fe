// The Lucene query builder: words, escaping, prefix and fuzzy terms.
import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, searchWords } from '../../../server/search/lucene-query.ts';

describe('buildLuceneQuery', () => {
  it('gives each word exact, prefix and fuzzy terms, all words required', () => {
    const query = buildLuceneQuery('Zelensky Trump');
    expect(query).toContain('name:zelensky^8');
    expect(query).toContain('zelensky*');
    expect(query).toContain('zelensky~2');
    expect(query).toContain('trump~1');
    expect(query.split(' AND ')).toHaveLength(2);
  });

  it('leaves fuzzy terms off short words', () => {
    expect(buildLuceneQuery('us')).not.toContain('~');
  });

  it('cannot be steered by Lucene syntax in the input', () => {
    expect(searchWords('name:"x" OR *:* (a) AND b~')).toEqual(['name', 'x', 'or', 'a', 'and', 'b']);
    expect(buildLuceneQuery('*:*')).toBe('');
    expect(escapeLucene('a+b-c:d*e?f~g"h\\i/j')).toBe('a\\+b\\-c\\:d\\*e\\?f\\~g\\"h\\\\i\\/j');
  });

  it('keeps letters of other scripts', () => {
    expect(searchWords('Зеленський Élysée')).toEqual(['зеленський', 'élysée']);
  });
});
