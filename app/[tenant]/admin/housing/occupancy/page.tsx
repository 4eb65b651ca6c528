import { getTranslations } from "next-intl/server";

import { OccupancyGrid } from "@/components/housing/OccupancyGrid";
import { BackLink } from "@/components/ui/BackLink";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { monthFilter, pageNumber } from "@/lib/forms/fields";
import { monthBounds, shiftMonth } from "@/lib/housing/nights";
import { occupancy } from "@/lib/housing/queries";
import { isoDayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("housingOccupancy");

export default async function HousingOccupancyPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ month?: string; page?: string }>;
}) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "housing.manage", `/${slug}/admin/housing/occupancy`);
  const query = await searchParams;
  const month = monthFilter.parse(query.month) ?? isoDayInTimeZone(new Date(), tenant.timeZone).slice(0, 7);
  const page = pageNumber.parse(query.page ?? 1);
  const { first, next } = monthBounds(month);
  const t = await getTranslations("housing");
  const data = await occupancy(tenant.id, { from: first, to: next, page });
  const base = `/${tenant.slug}/admin/housing/occupancy`;
  return (
    <div className="space-y-4">
      <BackLink href={`/${tenant.slug}/admin/housing`}>{t("back")}</BackLink>
      <h1 className="page-title">{t("occupancy.heading", { month })}</h1>
      <div className="flex justify-between">
        <Link className="link" rel="prev" href={`${base}?month=${shiftMonth(month, -1)}`}>
          {t("calendar.previous")}
        </Link>
        <Link className="link" rel="next" href={`${base}?month=${shiftMonth(month, 1)}`}>
          {t("calendar.next")}
        </Link>
      </div>
      <p className="text-sm">{t("occupancy.legend")}</p>
      {data.units.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <OccupancyGrid tenantSlug={tenant.slug} month={month} units={data.units} />
      )}
      <Pagination page={page} pageCount={data.pageCount} hrefFor={(p) => `${base}?month=${month}&page=${p}`} />
    </div>
  );
}
