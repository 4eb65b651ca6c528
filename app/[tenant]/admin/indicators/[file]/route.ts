import { localeOfRequest } from "@/lib/i18n/route-reader";
import { DATASET_KEYS, type DatasetKey } from "@/lib/indicators/datasets";
import { datasetCsv, datasetsXlsx, downloadHeaders, XLSX_TYPE } from "@/lib/indicators/export";
import { indicatorData, periodFromQuery } from "@/lib/indicators/page-data";
import { tenantRoute } from "@/lib/tenancy/route";

// /{tenant}/admin/indicators/funnel.csv, …/funnel.xlsx, or …/all.xlsx (one sheet per dataset), for the
// period of the query string (?period=… or ?year=…).
const FILE = /^([a-z]+)\.(csv|xlsx)$/;

export const GET = tenantRoute<{ tenant: string; file: string }>(
  "admin.view",
  async ({ tenant }, { file }, request) => {
    const match = FILE.exec(file);
    if (!match) return null;
    const [, name, format] = match;
    const all = name === "all";
    if (!all && !(DATASET_KEYS as readonly string[]).includes(name)) return null;
    if (all && format !== "xlsx") return null;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const period = periodFromQuery(query, tenant.timeZone);
    const { datasets } = await indicatorData(tenant, period, { locale: localeOfRequest(request) });
    const chosen = all ? datasets : datasets.filter((d) => d.key === (name as DatasetKey));
    if (chosen.length === 0) return null;
    const filename = `${tenant.slug}-${name}-${period.from}-${period.to}.${format}`;
    if (format === "csv")
      return new Response(datasetCsv(chosen[0]), { headers: downloadHeaders(filename, "text/csv; charset=utf-8") });
    const body = await datasetsXlsx(chosen);
    return new Response(new Uint8Array(body), { headers: downloadHeaders(filename, XLSX_TYPE) });
  },
);
