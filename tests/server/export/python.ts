// Runs the readers users use on exported files, asynchronously (the test app serves from this same process,
// so a blocking call would stall it): xmllint against the GEXF 1.3 schema, and Python (networkx, csv).
// GEXF 1.3 needs networkx ≥ 3.3 (`read_gexf(path, version="1.3")`); the system Python may hold an older
// networkx, so GEXF goes to the first Python whose networkx reads it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gexfSchema } from '../../support/shared-dir.ts';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/python3', 'python3'];

async function hasGexf13(python: string): Promise<boolean> {
  try {
    await run(python, ['-c', 'import networkx.readwrite.gexf as g; assert "1.3" in g.GEXF.versions']);
    return true;
  } catch {
    return false;
  }
}

let gexfPython: Promise<string | undefined> | undefined;

async function firstGexf13Python(): Promise<string | undefined> {
  for (const candidate of CANDIDATES) if (await hasGexf13(candidate)) return candidate;
  return undefined;
}

/** Runs a script on a file with the system Python (or, for GEXF, one whose networkx reads GEXF 1.3). */
export async function python(script: string, file: string): Promise<Record<string, unknown>> {
  let interpreter = '/usr/bin/python3';
  if (file.endsWith('.gexf')) {
    gexfPython ??= firstGexf13Python();
    const found = await gexfPython;
    if (!found) throw new Error('No Python here has networkx ≥ 3.3, which reads GEXF 1.3.');
    interpreter = found;
  }
  const { stdout } = await run(interpreter, ['-c', script, file], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

/** Fails (with xmllint's words) unless the file is valid against the GEXF 1.3 schema. */
export async function validGexf(file: string): Promise<void> {
  await run('xmllint', ['--noout', '--schema', gexfSchema, file]);
}
