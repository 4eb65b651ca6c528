import { getTranslations } from "next-intl/server";

import { HOUSING_AUDIENCES } from "@/lib/housing/schemas";

/** "Free for these dates, this many beds, in or near this commune, for this kind of person": a GET form. */
export async function SearchForm({
  action,
  values,
  hidden = {},
}: {
  action: string;
  values: { arrival?: string; departure?: string; beds?: number; commune?: string; audience?: string };
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations("housing.search");
  const ta = await getTranslations("housing.audiences");
  const input = "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base";
  return (
    <form
      method="get"
      action={action}
      className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      role="search"
      aria-label={t("title")}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("arrival")}</span>
        <input className={input} type="date" name="arrival" defaultValue={values.arrival} required />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("departure")}</span>
        <input className={input} type="date" name="departure" defaultValue={values.departure} required />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("beds")}</span>
        <input className={input} type="number" min={1} max={100} name="beds" defaultValue={values.beds ?? 1} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("commune")}</span>
        <input className={input} type="text" name="commune" defaultValue={values.commune ?? ""} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("audience")}</span>
        <select className={input} name="audience" defaultValue={values.audience ?? ""}>
          <option value="">{t("anyone")}</option>
          {HOUSING_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {ta(a)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end">
        <button type="submit" className="btn-primary">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
