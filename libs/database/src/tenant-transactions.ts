import { TenantId } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The handle every tenant query runs through: the transaction's manager and the tenant it is bound to. */
export interface TenantTx {
  readonly tenantId: TenantId;
  readonly manager: EntityManager;
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * Runs work inside one transaction whose first statement binds it to a tenant. The setting is
 * transaction-local (`set_config(..., true)`), so a pooled connection never carries a tenant to its next
 * borrower, and row-level security sees no rows at all outside such a transaction.
 */
@Injectable()
export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(
    tenantId: TenantId,
    work: (tx: TenantTx) => Promise<T>,
    isolation: IsolationLevel = 'READ COMMITTED',
  ): Promise<T> {
    return this.transaction(isolation, async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return work({ tenantId, manager });
    });
  }

  /** A transaction over global tables only (users, memberships, regions): no tenant is bound. */
  runGlobal<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction('READ COMMITTED', work);
  }

  private transaction<T>(isolation: IsolationLevel, work: (manager: EntityManager) => Promise<T>) {
    // Naming a level costs a `SET TRANSACTION` round trip after `START TRANSACTION`. Every connection
    // defaults to READ COMMITTED (dataSourceOptions pins it), so only the stricter levels are named.
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(work)
      : this.dataSource.transaction(isolation, work);
  }
}
