// `npm run ingest -- FILE.html|FILE.txt [--title …]`: adds an article as a draft through a running API
// (POST /api/articles), as the editor whose token it sends. Prints the draft's id; for a text already in
// the graph, prints that article's id. Exit 0: added; 3: already in (duplicate); 1 failed; 2 bad arguments.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isoDate } from '../contract/index.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run ingest -- FILE.html|FILE.txt [--title TITLE] [--outlet OUTLET] [--published YYYY-MM-DD]
  [--url URL] [--api http://127.0.0.1:3000] [--token-stdin]
  Adds FILE to the graph as a draft article through a running API (POST /api/articles). A .html or .htm
  file goes through the HTML extractor (its title, byline, site and date come back as suggestions); any
  other file is taken as plain UTF-8 text, verbatim. Give only what the article itself prints as --title,
  --outlet and --published.
  The editor's API token comes from ACTORGRAPH_TOKEN, or from standard input with --token-stdin.
  --api defaults to ACTORGRAPH_API or http://127.0.0.1:$PORT (3000).
  Prints the new draft's id. Exit status: 0 added; 3 the text is already in the graph (its article's id is
  printed); 1 failed; 2 bad arguments.`;

/** The text is already an article: not a failure of the tool, but nothing was added. */
const EXIT_DUPLICATE = 3;

async function readToken(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    const token = Buffer.concat(chunks).toString('utf8').trim();
    if (token === '') throw new UsageError('--token-stdin: standard input held no token');
    return token;
  }
  const token = process.env.ACTORGRAPH_TOKEN?.trim();
  if (!token) throw new UsageError('no token: set ACTORGRAPH_TOKEN or pass --token-stdin');
  return token;
}

async function readArticle(path: string): Promise<{ text: string } | { html: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${path} (${reason})`);
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`${path} is not valid UTF-8: convert it first (for example with iconv)`);
  }
  return ['.html', '.htm'].includes(extname(path).toLowerCase()) ? { html: content } : { text: content };
}

interface Answer {
  article?: { id?: string };
  error?: { code?: string; message?: string; details?: { id?: string } };
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      api: { type: 'string' },
      'token-stdin': { type: 'boolean', default: false },
    },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError('give exactly one FILE');
  if (values.published !== undefined && !isoDate.safeParse(values.published).success) {
    throw new UsageError(`--published must be a date YYYY-MM-DD, not "${values.published}"`);
  }
  const api = (
    values.api ??
    process.env.ACTORGRAPH_API ??
    `http://127.0.0.1:${process.env.PORT ?? '3000'}`
  ).replace(/\/+$/, '');
  const token = await readToken(values['token-stdin']);
  const body = {
    ...(await readArticle(file)),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.url === undefined ? {} : { url: values.url }),
  };

  let response: Response;
  try {
    response = await fetch(`${api}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`cannot reach the API at ${api} (${reason}): is it running? (--api)`);
  }
  const answer = (await response.json().catch(() => ({}))) as Answer;
  if (response.status === 201 && answer.article?.id) {
    console.log(answer.article.id);
    return;
  }
  if (response.status === 409 && answer.error?.code === 'duplicate_article' && answer.error.details?.id) {
    console.log(answer.error.details.id);
    console.error(`ingest: this text is already in the graph as article ${answer.error.details.id}`);
    process.exitCode = EXIT_DUPLICATE;
    return;
  }
  throw new Error(
    `the API answered ${response.status}: ${answer.error?.code ?? 'error'}: ${answer.error?.message ?? 'no message'}`,
  );
}

runCli({ name: 'ingest', usage: USAGE }, main);
