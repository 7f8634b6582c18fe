// The command-line tools' common edges: `--help` prints the usage; bad arguments and failures end in one line.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DomainError } from '../server/errors.ts';

/** A mistake on the command line: reported with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

export interface Tool {
  /** How the tool is called, for the one-line error (`export`, `bulk-load`, …). */
  name: string;
  /** The full usage text `--help` prints. */
  usage: string;
}

/** `--help` or `-h` anywhere before a `--` terminator (after it, arguments are data). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Strict parseArgs over the tool's arguments; an unknown or malformed option becomes a UsageError. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A whole number within bounds from an option's text, or a UsageError naming the option. */
export function integerOption(
  option: string,
  text: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${option} must be a whole number ${range}, not "${text}"`);
  }
  return value;
}

/** Any error as one line: messages from the driver or the schema may span several. */
function oneLine(error: unknown): string {
  const text =
    error instanceof DomainError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message || error.name
        : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Runs a tool: prints its usage for `--help` (exit 0), otherwise runs `main` and turns a failure into one
 * line on stderr, never a stack trace (exit 2 for a usage mistake, 1 for anything else). It exits at once
 * on failure, because a half-started tool may still hold a driver or a child process open.
 */
export function runCli(tool: Tool, main: () => Promise<void>): void {
  if (wantsHelp(process.argv.slice(2))) {
    console.log(tool.usage);
    return;
  }
  main().catch((error: unknown) => {
    const usageMistake = error instanceof UsageError;
    console.error(`${tool.name}: ${oneLine(error)}${usageMistake ? ' (see --help)' : ''}`);
    process.exit(usageMistake ? 2 : 1);
  });
}
