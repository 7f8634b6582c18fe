// Descriptions' bracketed article ids, "(000, 003)", are found and split out for the details panel's buttons.
import { describe, expect, it } from 'vitest';
import { splitArticleRefs } from '../../client/details/article-refs.ts';

describe('splitArticleRefs', () => {
  it('cuts a description into text and the ids each bracket names', () => {
    expect(splitArticleRefs('Spelled Zelenskyy (000, 003), Zelensky (001,004) and Zelenskiy (002).')).toEqual(
      [
        'Spelled Zelenskyy ',
        { ids: ['000', '003'] },
        ', Zelensky ',
        { ids: ['001', '004'] },
        ' and Zelenskiy ',
        { ids: ['002'] },
        '.',
      ],
    );
  });

  it('leaves brackets that are not article ids alone', () => {
    const text = 'Talks (in Riyadh) on 18 February (2025), item (12) and (0001).';
    expect(splitArticleRefs(text)).toEqual([text]);
  });
});
