// Loads the bulk loader's .cypher templates and fills in labels and types, only ever from the model's whitelist.
import { readFileSync } from 'node:fs';
import { LABELS, TYPES } from './model.ts';

function template(name: string): string {
  return readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n')
    .trim();
}

const templates = {
  mergeNodes: template('merge-nodes'),
  mergeRelationships: template('merge-relationships'),
  existingIds: template('existing-ids'),
};

function label(value: string): string {
  if (!LABELS.includes(value)) throw new Error(`not a label of the model: ${value}`);
  return value;
}

function type(value: string): string {
  if (!TYPES.includes(value)) throw new Error(`not a relationship type of the model: ${value}`);
  return value;
}

const cache = new Map<string, string>();
function cached(key: string, build: () => string): string {
  let query = cache.get(key);
  if (query === undefined) {
    query = build();
    cache.set(key, query);
  }
  return query;
}

export function mergeNodesQuery(nodeLabel: string): string {
  return cached(`n ${nodeLabel}`, () => templates.mergeNodes.replaceAll('__LABEL__', label(nodeLabel)));
}

export function mergeRelationshipsQuery(relType: string, from: string, to: string): string {
  return cached(`r ${relType} ${from} ${to}`, () =>
    templates.mergeRelationships
      .replaceAll('__TYPE__', type(relType))
      .replaceAll('__FROM__', label(from))
      .replaceAll('__TO__', label(to)),
  );
}

export function existingIdsQuery(nodeLabel: string): string {
  return cached(`e ${nodeLabel}`, () => templates.existingIds.replaceAll('__LABEL__', label(nodeLabel)));
}
