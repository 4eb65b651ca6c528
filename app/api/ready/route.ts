import { readiness } from "@/lib/db/readiness";

// Readiness: the database answers and every migration of this build is applied (503 otherwise).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await readiness();
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
