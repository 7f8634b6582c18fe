// How many transactions Neo4j is running whose query text holds a marker: to see a query start and end.
import type { Driver } from 'neo4j-driver';

export async function runningQueries(driver: Driver, database: string, marker: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD currentQuery
     WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
     RETURN count(*) AS n`,
    { marker },
    { database },
  );
  return records[0]?.get('n').toNumber() ?? 0;
}
