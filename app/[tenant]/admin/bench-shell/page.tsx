import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { getEnv } from "@/lib/env";
import { requireTenantPage } from "@/lib/tenancy/guard";

// A rung of `npm run bench` (issue 11): the session, the guard and the staff layout around one translated
// heading, what every staff page costs before its own data and content. Answers only when the benchmark
// turns it on (BENCH_SHELL); then, like any staff page, only to the tenant's staff.
export default async function StaffBenchShellPage({ params }: { params: Promise<{ tenant: string }> }) {
  if (getEnv().BENCH_SHELL !== "on") notFound();
  const { tenant: slug } = await params;
  await requireTenantPage(slug, "requests.view", `/${slug}/admin/bench-shell`);
  const t = await getTranslations("nav");
  return <h1 className="page-title">{t("admin")}</h1>;
}
