// The bulk loader's queries: its .cypher files filled with labels and types from the model's whitelist only.
import { cypherFile, labelFragment, relationshipTypesFragment } from '../server/db/cypher-files.ts';
import { LABELS, TYPES } from './model.ts';

const templates = {
  mergeNodes: cypherFile(import.meta.url, './cypher/merge-nodes.cypher'),
  mergeRelationships: cypherFile(import.meta.url, './cypher/merge-relationships.cypher'),
  createNodes: cypherFile(import.meta.url, './cypher/create-nodes.cypher'),
  createRelationships: cypherFile(import.meta.url, './cypher/create-relationships.cypher'),
  countLabel: cypherFile(import.meta.url, './cypher/count-label.cypher'),
  countType: cypherFile(import.meta.url, './cypher/count-type.cypher'),
  existingIds: cypherFile(import.meta.url, './cypher/existing-ids.cypher'),
};

function label(value: string): string {
  if (!LABELS.includes(value)) throw new Error(`not a label of the model: ${value}`);
  return labelFragment(value);
}

/** `:TYPE` for a relationship pattern; MERGE needs exactly one type. */
function type(value: string): string {
  if (!TYPES.includes(value)) throw new Error(`not a relationship type of the model: ${value}`);
  return relationshipTypesFragment([value]);
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
  return cached(`n ${nodeLabel}`, () => templates.mergeNodes.fill({ label: label(nodeLabel) }));
}

export function mergeRelationshipsQuery(relType: string, from: string, to: string): string {
  return cached(`r ${relType} ${from} ${to}`, () =>
    templates.mergeRelationships.fill({ type: type(relType), fromLabel: label(from), toLabel: label(to) }),
  );
}

export function existingIdsQuery(nodeLabel: string): string {
  return cached(`e ${nodeLabel}`, () => templates.existingIds.fill({ label: label(nodeLabel) }));
}

export function createNodesQuery(nodeLabel: string): string {
  return cached(`cn ${nodeLabel}`, () => templates.createNodes.fill({ label: label(nodeLabel) }));
}

export function createRelationshipsQuery(relType: string, from: string, to: string): string {
  return cached(`cr ${relType} ${from} ${to}`, () =>
    templates.createRelationships.fill({ type: type(relType), fromLabel: label(from), toLabel: label(to) }),
  );
}

export function countLabelQuery(nodeLabel: string): string {
  return cached(`#n ${nodeLabel}`, () => templates.countLabel.fill({ label: label(nodeLabel) }));
}

export function countTypeQuery(relType: string): string {
  return cached(`#r ${relType}`, () => templates.countType.fill({ type: type(relType) }));
}
