// The bulk loader's queries: its .cypher files filled with labels and types from the model's whitelist only.
import { cypherFile, labelFragment, relationshipTypesFragment } from '../server/db/cypher-files.ts';
import { LABELS, NODE_SPECS, RELATIONSHIP_SPECS, TYPES } from './model.ts';

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

/**
 * The CREATE and MERGE files name every property of the model (naming them keeps the Eager out); a
 * property added to loader/model.ts but not to them would be dropped without a word, so it stops here.
 */
function checkNamesEveryProperty(): void {
  const missing = [
    ...NODE_SPECS.flatMap((spec) => [...spec.properties, ...(spec.derived ?? [])].map((p) => p.name))
      .filter((name) => !templates.createNodes.text.includes(`${name}: row.${name}`))
      .map((name) => `create-nodes.cypher: ${name}`),
    ...RELATIONSHIP_SPECS.flatMap((spec) => spec.properties.map((p) => p.name)).flatMap((name) => [
      ...(templates.createRelationships.text.includes(`${name}: row.${name}`)
        ? []
        : [`create-relationships.cypher: ${name}`]),
      ...(templates.mergeRelationships.text.includes(`coalesce(row.${name}, r.${name})`)
        ? []
        : [`merge-relationships.cypher: ${name}`]),
    ]),
  ];
  if (missing.length)
    throw new Error(`loader queries miss model properties: ${[...new Set(missing)].join(', ')}`);
}
checkNamesEveryProperty();

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
