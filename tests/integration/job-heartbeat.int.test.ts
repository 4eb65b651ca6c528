import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { Heartbeat } from "@/lib/jobs/heartbeat";

const DEAD_AFTER_SECONDS = 30;
let pool: pg.Pool;
let heartbeat: Heartbeat;

beforeAll(() => {
  pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 1 });
  heartbeat = new Heartbeat(pool, DEAD_AFTER_SECONDS);
});

afterAll(async () => {
  await pool.end();
});

/** A job locked by `worker` since `lockedSecondsAgo`, whose heartbeat (if any) is `beatSecondsAgo` old. */
async function lockedJob(worker: string, lockedSecondsAgo: number, beatSecondsAgo: number | null) {
  const [job] = await db.$queryRaw<{ id: string }[]>`
    SELECT (graphile_worker.add_job('heartbeat-test', json_build_object('worker', ${worker}::text))).id::text AS id`;
  await db.$executeRaw`UPDATE graphile_worker._private_jobs
    SET locked_by = ${worker}, locked_at = now() - make_interval(secs => ${lockedSecondsAgo}) WHERE id = ${job!.id}::bigint`;
  if (beatSecondsAgo !== null) {
    await db.$executeRaw`INSERT INTO "JobWorkerHeartbeat" ("workerId", "lastSeenAt")
      VALUES (${worker}, (now() AT TIME ZONE 'UTC') - make_interval(secs => ${beatSecondsAgo}))`;
  }
  return job!.id;
}

const lockOf = async (id: string) =>
  (
    await db.$queryRaw<{ locked_by: string | null }[]>`
    SELECT locked_by FROM graphile_worker._private_jobs WHERE id = ${id}::bigint`
  )[0]!.locked_by;

describe("job worker heartbeats", () => {
  it("release the jobs of silent workers only, never those of a live one", async () => {
    const live = await lockedJob("worker-live", 3600, 5); // a long job, heartbeat 5 s ago
    const dead = await lockedJob("worker-dead", 120, 60); // heartbeat stopped a minute ago
    const unknownOld = await lockedJob("worker-gone", 120, null); // died before its first heartbeat
    const unknownYoung = await lockedJob("worker-new", 2, null); // just started, not beaten yet

    expect((await heartbeat.sweep()).sort()).toEqual(["worker-dead", "worker-gone"]);
    expect(await lockOf(live)).toBe("worker-live");
    expect(await lockOf(dead)).toBeNull();
    expect(await lockOf(unknownOld)).toBeNull();
    expect(await lockOf(unknownYoung)).toBe("worker-new");
    expect(await db.jobWorkerHeartbeat.findMany({ select: { workerId: true } })).toEqual([{ workerId: "worker-live" }]);
  });

  it("records beats with the database's clock", async () => {
    await heartbeat.beat(["worker-a", "worker-b"]);
    await heartbeat.beat(["worker-a"]);
    const rows = await db.$queryRaw<{ id: string; fresh: boolean }[]>`
      SELECT "workerId" AS id, "lastSeenAt" > (now() AT TIME ZONE 'UTC') - interval '5 seconds' AS fresh
      FROM "JobWorkerHeartbeat" WHERE "workerId" LIKE 'worker-_' ORDER BY 1`;
    expect(rows).toEqual([
      { id: "worker-a", fresh: true },
      { id: "worker-b", fresh: true },
    ]);
  });
});
