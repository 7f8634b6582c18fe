// `npm run users -- add|list|revoke|passwd|token`: editors' accounts, straight against the configured Neo4j
// (NEO4J_URI, or the local one started by npm start). Passwords are prompted without echo or read from
// standard input; a new API token is printed once and stored only as its sha256.
import { createInterface } from 'node:readline';
import { ROLES, type Role } from '../server/auth/principal.ts';
import {
  addUser,
  changePassword,
  issueToken,
  listUsers,
  revokeUser,
  type UsersContext,
} from '../server/auth/users.service.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run users -- add NAME --role reader|editor|admin [--password-stdin | --no-password]
       npm run users -- list
       npm run users -- revoke NAME
       npm run users -- passwd NAME [--password-stdin]
       npm run users -- token NAME
  add     creates an account; asks for its password twice (no echo), or reads one line from standard input
          with --password-stdin; --no-password makes a token-only account (scripts); prints its API token once
  list    names, roles, who added them and when, and whether they are revoked (never a hash)
  revoke  revokes the account with its tokens and sessions (kept, marked; the name is never reused)
  passwd  sets a new password and ends the account's browser sessions
  token   prints a further API token for the account, once
  Talks to the configured Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, or the local one).`;

/** Who the history records for changes made here: the command line, not an account. */
const BY = 'cli';

/** The first line of standard input (a password piped in), without its line ending. */
async function readStdinLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new UsageError('--password-stdin: standard input is empty');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          done();
          return;
        }
        if (char === '\u0003') {
          done(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

async function newPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdinLine();
  if (!process.stdin.isTTY) {
    throw new UsageError('no terminal to ask for the password: pipe it in with --password-stdin');
  }
  const first = await promptHidden('New password: ');
  const second = await promptHidden('Repeat it: ');
  if (first !== second) throw new UsageError('the two passwords differ');
  return first;
}

function roleOf(text: string | undefined): Role {
  if (text === undefined) throw new UsageError('add needs --role reader|editor|admin');
  const role = ROLES.find((candidate) => candidate === text);
  if (!role) throw new UsageError(`--role must be reader, editor or admin, not "${text}"`);
  return role;
}

function printToken(token: string): void {
  console.log(`API token (shown only now; send it as "Authorization: Bearer <token>"):\n${token}`);
}

async function list(context: UsersContext): Promise<void> {
  const users = await listUsers(context);
  if (users.length === 0) {
    console.log('No accounts.');
    return;
  }
  console.log(`${'name'.padEnd(24)} ${'role'.padEnd(7)} ${'added'.padEnd(34)} revoked`);
  for (const user of users) {
    const added = `${user.addedAt.slice(0, 19)} by ${user.addedBy}`;
    const revoked = user.revoked ? (user.revokedAt?.slice(0, 19) ?? 'yes') : '-';
    console.log(`${user.name.padEnd(24)} ${user.role.padEnd(7)} ${added.padEnd(34)} ${revoked}`);
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'no-password': { type: 'boolean' },
    },
  });
  const [command, name, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
  if (command === undefined) throw new UsageError('no command given');
  if (!['add', 'list', 'revoke', 'passwd', 'token'].includes(command)) {
    throw new UsageError(`unknown command "${command}"`);
  }
  if (command === 'list' ? name !== undefined : name === undefined) {
    throw new UsageError(command === 'list' ? 'list takes no name' : `${command} needs an account name`);
  }
  if (values.role !== undefined && command !== 'add') throw new UsageError('--role goes with add only');
  if (values['no-password'] && (command !== 'add' || values['password-stdin'])) {
    throw new UsageError('--no-password goes with add only, and not with --password-stdin');
  }
  const role = command === 'add' ? roleOf(values.role) : undefined;
  // Asked before connecting, so a typo in the password costs no database round trip.
  const password =
    (command === 'add' && !values['no-password']) || command === 'passwd'
      ? await newPassword(values['password-stdin'] === true)
      : undefined;

  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const context = { driver, config };
  try {
    const account = name ?? '';
    if (command === 'list') await list(context);
    if (command === 'add' && role) {
      const added = await addUser(context, {
        by: BY,
        name: account,
        role,
        ...(password === undefined ? {} : { password }),
      });
      console.log(`Added ${added.role} "${added.name}".`);
      printToken(added.token);
    }
    if (command === 'revoke') {
      await revokeUser(context, { by: BY, name: account });
      console.log(`Revoked "${account}" with its tokens and sessions.`);
    }
    if (command === 'passwd' && password !== undefined) {
      await changePassword(context, { by: BY, name: account, password });
      console.log(`Changed the password of "${account}"; its browser sessions have ended.`);
    }
    if (command === 'token') printToken(await issueToken(context, { by: BY, name: account }));
  } finally {
    await driver.close();
  }
}

runCli({ name: 'users', usage: USAGE }, main);
