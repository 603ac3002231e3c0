import type { EntityManager } from 'typeorm';

/** Who acted, as the audit log records it (an accounts Actor fits). */
export interface AuditActor {
  userId: string | null;
  label: string;
}

/** Records who changed what; call inside the transaction that makes the change. */
export async function recordAudit(
  tx: Pick<EntityManager, 'query'>,
  actor: AuditActor | null,
  entity: string,
  entityId: string,
  action: string,
  changes: Record<string, unknown> = {},
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (actor_id, actor_label, entity, entity_id, action, changes)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      actor?.userId ?? null,
      actor?.label ?? 'anoniem',
      entity,
      entityId,
      action,
      JSON.stringify(changes),
    ],
  );
}
