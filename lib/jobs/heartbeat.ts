import type pg from "pg";

/**
 * graphile-worker only frees the jobs of a dead worker after 4 hours. Each runner therefore records a
 * heartbeat for its workers; a worker with no heartbeat for `deadAfterSeconds` is dead, and a live runner
 * hands its jobs back to the queue with graphile-worker's own `force_unlock_workers`.
 *
 * Times are the database's (`now()`), never this machine's: runners on several machines agree.
 * The heartbeat column is `timestamp(3)` in UTC, as Prisma stores every DateTime.
 */
export class Heartbeat {
  constructor(
    private readonly pool: pg.Pool,
    private readonly deadAfterSeconds: number,
  ) {}

  /** Tells the other runners that these workers are alive. */
  async beat(workerIds: string[]): Promise<void> {
    if (workerIds.length === 0) return;
    await this.pool.query(
      `INSERT INTO "JobWorkerHeartbeat" ("workerId", "lastSeenAt")
       SELECT id, now() AT TIME ZONE 'UTC' FROM unnest($1::text[]) AS id
       ON CONFLICT ("workerId") DO UPDATE SET "lastSeenAt" = EXCLUDED."lastSeenAt"`,
      [workerIds],
    );
  }

  /** Releases the jobs of workers known to be gone (ours after a restart, or dead ones) and forgets them. */
  async release(workerIds: string[]): Promise<void> {
    if (workerIds.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [workerIds]);
      await client.query(`DELETE FROM "JobWorkerHeartbeat" WHERE "workerId" = ANY($1::text[])`, [workerIds]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Workers that hold a job or a queue locked for longer than the limit and have no recent heartbeat.
   * A lock younger than the limit is left alone: its worker may not have beaten yet.
   */
  async deadWorkers(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH locks AS (
         SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
         UNION ALL
         SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL
       )
       SELECT DISTINCT l.locked_by AS id FROM locks l
       WHERE l.locked_at < now() - make_interval(secs => $1)
         AND NOT EXISTS (
           SELECT 1 FROM "JobWorkerHeartbeat" h
           WHERE h."workerId" = l.locked_by
             AND h."lastSeenAt" >= (now() AT TIME ZONE 'UTC') - make_interval(secs => $1))`,
      [this.deadAfterSeconds],
    );
    return rows.map((r) => r.id);
  }

  /** Frees the jobs of dead workers; returns their ids. Also drops heartbeats nobody will renew. */
  async sweep(): Promise<string[]> {
    const dead = await this.deadWorkers();
    await this.release(dead);
    await this.pool.query(
      `DELETE FROM "JobWorkerHeartbeat" WHERE "lastSeenAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1 * 10)`,
      [this.deadAfterSeconds],
    );
    return dead;
  }
}
