import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ActionButton } from "@/components/forms/ActionButton";
import { GuestBookingForm } from "@/components/housing/GuestBookingForm";
import { MonthCalendar } from "@/components/housing/MonthCalendar";
import { PhotoUpload } from "@/components/housing/PhotoUpload";
import { UnitForm } from "@/components/housing/UnitForm";
import { BackLink } from "@/components/ui/BackLink";
import { Badge } from "@/components/ui/Badge";
import { Link } from "@/components/ui/Link";
import { idField, monthFilter } from "@/lib/forms/fields";
import { cancelHousingBookingAction, removeHousingPhotoAction } from "@/lib/housing/actions";
import { monthBounds } from "@/lib/housing/nights";
import { PHOTO_MAX_BYTES } from "@/lib/housing/photos";
import { findUnitForStaff, unitBookings } from "@/lib/housing/queries";
import { ClientMessages } from "@/lib/i18n/ClientMessages";
import { calendarDay, formatCalendarDay, formatCurrency, isoDayInTimeZone } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/i18n/metadata";
import { readerDateLocale } from "@/lib/i18n/reader";
import { requireTenantPage } from "@/lib/tenancy/guard";

export const generateMetadata = pageMetadata("housingUnit");

const euros = (cents: number | null) => (cents === null ? "" : String(cents / 100));
const nights = (n: number | null) => (n === null ? "" : n);

export default async function HousingUnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<{ month?: string }>;
}) {
  const dateLocale = await readerDateLocale();
  const { tenant: slug, id } = await params;
  const { tenant } = await requireTenantPage(slug, "housing.manage", `/${slug}/admin/housing/${id}`);
  const unitId = idField.safeParse(id);
  if (!unitId.success) notFound();
  const month =
    monthFilter.parse((await searchParams).month) ?? isoDayInTimeZone(new Date(), tenant.timeZone).slice(0, 7);
  const { first, next } = monthBounds(month);
  const today = isoDayInTimeZone(new Date(), tenant.timeZone);
  const [unit, monthStays, upcoming] = await Promise.all([
    findUnitForStaff(tenant.id, unitId.data),
    unitBookings(tenant.id, unitId.data, { from: first, to: next }),
    unitBookings(tenant.id, unitId.data, { from: today, to: "9999-12-31" }),
  ]);
  if (!unit) notFound();
  const t = await getTranslations("housing");
  const day = (iso: string) => formatCalendarDay(calendarDay(iso));
  return (
    <ClientMessages namespaces={["housing"]}>
      <div className="space-y-6">
        <BackLink href={`/${tenant.slug}/admin/housing`}>{t("back")}</BackLink>
        <h1 className="page-title">
          {unit.name}{" "}
          <Badge tone={unit.status === "AVAILABLE" ? "success" : "neutral"}>{t(`unitStatuses.${unit.status}`)}</Badge>
        </h1>
        <p>
          {t(`kinds.${unit.kind}`)} · {unit.commune}
          {unit.address ? ` · ${unit.address}` : ""} · {t("summary", { rooms: unit.rooms, beds: unit.beds })}
          {unit.priceNightCents !== null
            ? ` · ${t("perNight", { amount: formatCurrency(unit.priceNightCents, dateLocale) })}`
            : ""}
        </p>

        <section aria-labelledby="unit-calendar" className="card space-y-2">
          <h2 id="unit-calendar" className="text-xl font-semibold">
            {t("calendar.title")}
          </h2>
          <MonthCalendar
            month={month}
            stays={monthStays}
            hrefFor={(m) => `/${tenant.slug}/admin/housing/${unit.id}?month=${m}`}
          />
        </section>

        <section aria-labelledby="unit-bookings" className="space-y-2">
          <h2 id="unit-bookings" className="text-xl font-semibold">
            {t("bookings.title")}
          </h2>
          {upcoming.length === 0 ? (
            <p>{t("bookings.none")}</p>
          ) : (
            <ul className="space-y-2">
              {upcoming.map((b) => (
                <li key={b.id} className="card flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <Badge tone={b.status === "CONFIRMED" ? "success" : b.status === "OPTION" ? "warning" : "info"}>
                      {t(`statuses.${b.status}`)}
                    </Badge>{" "}
                    {t("dates", { arrival: day(b.arrival), departure: day(b.departure) })} —{" "}
                    {b.request ? (
                      <Link className="link" href={`/${tenant.slug}/admin/requests/${b.request.id}`}>
                        {b.who}
                      </Link>
                    ) : (
                      b.who
                    )}{" "}
                    ({t(`audiences.${b.audience}`)})
                    {b.priceCents !== null ? ` · ${formatCurrency(b.priceCents, dateLocale)}` : ""}
                  </span>
                  <ActionButton
                    variant="danger"
                    label={t("cancel")}
                    srLabel={b.who}
                    confirm={t("cancelConfirm")}
                    action={cancelHousingBookingAction.bind(null, tenant.slug, { bookingId: b.id })}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card">
          <GuestBookingForm tenantSlug={tenant.slug} unitId={unit.id} />
        </section>

        <section aria-labelledby="unit-photos" className="card space-y-3">
          <h2 id="unit-photos" className="text-xl font-semibold">
            {t("photos.title")}
          </h2>
          {unit.photos.length > 0 ? (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {unit.photos.map((p, i) => (
                <li key={p.id} className="space-y-1">
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized */}
                  <img
                    src={`/${tenant.slug}/housing-photos/${p.id}`}
                    alt={t("photos.alt", { index: i + 1 })}
                    width={p.width}
                    height={p.height}
                    loading="lazy"
                    className="h-auto w-full rounded"
                  />
                  <ActionButton
                    variant="danger"
                    label={t("photos.remove")}
                    srLabel={t("photos.alt", { index: i + 1 })}
                    confirm={t("photos.removeConfirm")}
                    action={removeHousingPhotoAction.bind(null, tenant.slug, { photoId: p.id })}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          <PhotoUpload tenantSlug={tenant.slug} unitId={unit.id} maxMb={PHOTO_MAX_BYTES / 1024 / 1024} />
        </section>

        <section className="card">
          <UnitForm
            tenantSlug={tenant.slug}
            unitId={unit.id}
            values={{
              name: unit.name,
              kind: unit.kind,
              ownerName: unit.ownerName,
              ownerContact: unit.ownerContact,
              commune: unit.commune,
              area: unit.area,
              address: unit.address,
              description: unit.description,
              rooms: unit.rooms,
              beds: unit.beds,
              furnished: unit.furnished,
              accessible: unit.accessible,
              accessibilityNotes: unit.accessibilityNotes,
              rentMonth: euros(unit.rentMonthCents),
              priceNight: euros(unit.priceNightCents),
              deposit: euros(unit.depositCents),
              audiences: unit.audiences,
              openToMembers: unit.openToMembers,
              minNights: nights(unit.minNights),
              maxNights: nights(unit.maxNights),
              houseRules: unit.houseRules,
              status: unit.status,
            }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
