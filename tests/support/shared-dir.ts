// The steering folder `../shared` beside the repository (SCHEMA.md, seeds, the GEXF 1.3 XML Schema).
import { join, resolve } from 'node:path';
import { repoRoot } from '../../scripts/local-neo4j/paths.ts';

export const sharedDir = process.env.ACTORGRAPH_SHARED_DIR ?? resolve(repoRoot, '..', 'shared');
export const gexfSchema = join(sharedDir, 'schemas', 'gexf-1.3', 'gexf.xsd');
