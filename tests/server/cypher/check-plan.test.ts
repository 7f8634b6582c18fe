// checkPlan on small hand-built plans: every operator anywhere in the tree is checked, and only reads of this graph pass.
import type { Plan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../server/cypher/cypher-guard.ts';
import { DomainError } from '../../../server/errors.ts';

/** A plan operator as the driver gives it: `Name@database`, details in arguments, children below. */
function op(operator: string, children: Plan[] = [], details?: string): Plan {
  return {
    operatorType: `${operator}@neo4j`,
    identifiers: [],
    arguments: details === undefined ? {} : { Details: details },
    children,
  };
}

/** A read on top, so the refused operator has to be found below the root. */
function under(...operators: Plan[]): Plan {
  return op('ProduceResults', [op('Projection', operators)]);
}

function refusal(plan: Plan): { operator?: string; name?: string; reason: string } {
  try {
    checkPlan(plan, 'neo4j');
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('query_refused');
    return error.details as { operator?: string; name?: string; reason: string };
  }
  throw new Error('the plan was not refused');
}

describe('checkPlan', () => {
  it.each([
    ['a label scan and expand', under(op('Expand(All)', [op('NodeByLabelScan')]))],
    ['an index seek with a limit', op('ProduceResults', [op('Limit', [op('NodeIndexSeek')])])],
    ['SHOW INDEXES', op('ProduceResults', [op('ShowIndexes')])],
    ['a read-only procedure', under(op('ProcedureCall', [], 'db.labels() :: (label :: STRING)'))],
    ['a vetted APOC procedure', under(op('ProcedureCall', [], 'apoc.path.expand(n, "", "", 1, 2)'))],
    [
      'a plan without a database suffix',
      { operatorType: 'Argument', identifiers: [], arguments: {}, children: [] },
    ],
  ])('lets %s through', (_name, plan) => {
    expect(() => checkPlan(plan, 'neo4j')).not.toThrow();
  });

  it.each([
    ['Create', 'it changes the database'],
    ['Merge', 'it changes the database'],
    ['DetachDelete', 'it changes the database'],
    ['SetNodePropertiesFromMap', 'it changes the database'],
    ['RemoveLabels', 'it changes the database'],
    ['Foreach', 'it changes the database'],
    ['LoadCSV', 'LOAD CSV reads files and URLs outside the graph'],
    ['TransactionForeach', 'CALL { } IN TRANSACTIONS commits on its own'],
    ['TransactionApply', 'CALL { } IN TRANSACTIONS commits on its own'],
    ['AdministrationCommand', 'administration commands are not allowed'],
    ['SystemProcedureCall', 'administration commands are not allowed'],
  ])('refuses %s deep in the plan', (operator, reason) => {
    const found = refusal(under(op('Apply', [op('Argument'), op(operator, [op('Argument')])])));
    expect(found).toMatchObject({ operator, reason });
  });

  it('refuses a SHOW command that describes the server', () => {
    expect(refusal(op('ProduceResults', [op('ShowSettings')]))).toMatchObject({
      operator: 'ShowSettings',
      reason: expect.stringContaining('describes the server'),
    });
  });

  it('refuses a procedure that is not on the read-only list, naming it', () => {
    const plan = under(op('ProcedureCall', [], 'apoc.cypher.run("MATCH (n) DETACH DELETE n", {})'));
    expect(refusal(plan)).toMatchObject({ operator: 'ProcedureCall', name: 'apoc.cypher.run' });
    const eager = under(op('EagerProcedureCall', [], 'dbms.setConfigValue("x", "y")'));
    expect(refusal(eager)).toMatchObject({ name: 'dbms.setConfigValue' });
  });

  it('refuses an operator that runs on another database', () => {
    const plan = op('ProduceResults', [{ ...op('AllNodesScan'), operatorType: 'AllNodesScan@system' }]);
    expect(refusal(plan)).toMatchObject({
      operator: 'AllNodesScan',
      reason: 'queries run against the neo4j graph only, not system',
    });
  });
});
