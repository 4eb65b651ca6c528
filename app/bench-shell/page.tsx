import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { getEnv } from "@/lib/env";

// A rung of `npm run bench` (issue 11): the root layout and its header around one translated heading, what
// every public page costs before its own content. Answers only when the benchmark turns it on (BENCH_SHELL).
export const dynamic = "force-dynamic";

export default async function BenchShellPage() {
  if (getEnv().BENCH_SHELL !== "on") notFound();
  const t = await getTranslations("app");
  return <h1 className="page-title">{t("name")}</h1>;
}
