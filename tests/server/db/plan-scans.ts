// Finds the operators in a query plan that read more of the graph than an index or the count store would.
import type { Plan } from 'neo4j-driver';

/** Properties with a range, text or point index (uniqueness constraints included), by label. */
export type IndexedProperties = ReadonlyMap<string, ReadonlySet<string>>;

function operatorName(plan: Plan): string {
  return plan.operatorType.split('@')[0] ?? '';
}

function details(plan: Plan): string {
  return String(plan.arguments.Details ?? '');
}

/** Each operator with the chain of its ancestors, nearest first. */
function walk(plan: Plan, ancestors: Plan[] = []): { operator: Plan; ancestors: Plan[] }[] {
  return [
    { operator: plan, ancestors },
    ...plan.children.flatMap((child) => walk(child, [plan, ...ancestors])),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The predicates the planner put right above a scan: the ones an index seek would have taken over. */
function predicatesAbove(ancestors: Plan[]): string {
  const found: string[] = [];
  for (const ancestor of ancestors) {
    const name = operatorName(ancestor);
    if (name === 'Filter') found.push(details(ancestor));
    else if (name !== 'CacheProperties') break;
  }
  return found.join(' AND ');
}

/**
 * Every AllNodesScan or all-relationships scan, and every NodeByLabelScan whose own filter tests an
 * indexed property of its label (`m.date >= …` over `m:Meeting` when Meeting.date has an index). A test
 * for `IS NULL` does not count: no index holds missing values.
 */
export function scansOf(plan: Plan, indexed: IndexedProperties): string[] {
  const found: string[] = [];
  for (const { operator, ancestors } of walk(plan)) {
    const name = operatorName(operator);
    if (name === 'AllNodesScan' || /AllRelationshipsScan$/.test(name)) {
      found.push(`${name} ${details(operator)}`.trim());
      continue;
    }
    if (name !== 'NodeByLabelScan') continue;
    const match = /^`?([^`:]+)`?:`?(\w+)`?$/.exec(details(operator));
    if (!match?.[1] || !match[2]) continue;
    const variable = escapeRegExp(match[1]);
    const predicates = predicatesAbove(ancestors);
    for (const property of indexed.get(match[2]) ?? []) {
      const access = `(^|[^\\w.])${variable}\\.${escapeRegExp(property)}\\b`;
      const tested = predicates.replace(new RegExp(`${access}\\]? IS NULL`, 'g'), '$1');
      if (new RegExp(access).test(tested)) {
        found.push(`NodeByLabelScan ${details(operator)} filtered on indexed ${match[2]}.${property}`);
      }
    }
  }
  return found;
}
