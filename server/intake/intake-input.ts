// Checks what an editor sends to intake and turns it into the article's text and metadata: size limits
// (413), encoding and control characters (400), HTML through the extractor, text normalised and hashed.
import { INTAKE_LIMITS, type IntakeBody } from '../../contract/index.ts';
import { articleIdOf, articleSha256, normaliseArticleText } from '../articles/article-text-normal.ts';
import { DomainError, invalid } from '../errors.ts';
import { type ExtractedPage, extractHtml } from './extract-html.ts';

export interface IntakeArticle {
  id: string;
  text: string;
  sha256: string;
  /** The extractor's findings, for an HTML page; null for plain text. */
  page: Omit<ExtractedPage, 'text'> | null;
}

const tooLarge = (message: string, details: unknown): DomainError =>
  new DomainError('too_large', 'too_large', message, details);

// C0 controls other than tab, LF and CR, DEL, and the C1 controls: never part of a news text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A lone surrogate (JSON may carry "\ud800") is not text; U+FFFD is what a decoder leaves of bad bytes.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkCharacters(field: string, value: string): void {
  const control = CONTROL.exec(value);
  if (control) {
    throw invalid(
      `"${field}" holds a control character (U+${control[0].codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase()}) at ${control.index}.`,
      { field, offset: control.index },
      'invalid_characters',
    );
  }
  if (LONE_SURROGATE.test(value) || value.includes('\ufffd')) {
    throw invalid(
      `"${field}" is not valid UTF-8 text (a replacement character or lone surrogate); send it as UTF-8.`,
      { field },
      'invalid_encoding',
    );
  }
}

function checkText(text: string): void {
  if (text.length > INTAKE_LIMITS.textChars) {
    throw tooLarge(`The article's text is longer than ${INTAKE_LIMITS.textChars} characters.`, {
      limit: INTAKE_LIMITS.textChars,
      length: text.length,
    });
  }
  if (text.trim() === '') throw invalid('The article has no text.', { field: 'text' }, 'empty_article');
  checkCharacters('text', text);
}

export function intakeArticle(body: IntakeBody): IntakeArticle {
  let raw: string;
  let page: IntakeArticle['page'] = null;
  if (body.html !== undefined) {
    const bytes = Buffer.byteLength(body.html, 'utf8');
    if (bytes > INTAKE_LIMITS.htmlBytes) {
      throw tooLarge(`The HTML is larger than ${INTAKE_LIMITS.htmlBytes} bytes.`, {
        limit: INTAKE_LIMITS.htmlBytes,
        bytes,
      });
    }
    checkCharacters('html', body.html);
    let extracted: ExtractedPage;
    try {
      extracted = extractHtml(body.html);
    } catch (error) {
      // The parser is lenient; should it still give up, the page is the client's to fix, not a server fault.
      throw invalid(
        `The HTML could not be read: ${error instanceof Error ? error.message : String(error)}`,
        { field: 'html' },
        'invalid_html',
      );
    }
    const { text, ...found } = extracted;
    raw = text;
    page = found;
  } else {
    raw = body.text ?? '';
  }
  for (const field of ['title', 'outlet', 'url'] as const) {
    const value = body[field];
    if (value !== undefined) checkCharacters(field, value);
  }
  const text = normaliseArticleText(raw);
  checkText(text);
  const sha256 = articleSha256(text);
  return { id: articleIdOf(sha256), text, sha256, page };
}
