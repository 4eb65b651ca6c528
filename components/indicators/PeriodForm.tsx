import type { Period } from "@/lib/indicators/period";

const control = "rounded-md border border-slate-500 bg-white px-3 py-2";

/** The period selector: a plain GET form, so the period lives in the URL and works without JavaScript. */
export function PeriodForm({
  period,
  labels,
}: {
  period: Period;
  labels: { legend: string; year: string; last12: string; custom: string; from: string; to: string; apply: string };
}) {
  return (
    <form method="get" className="card print:hidden">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 font-semibold">{labels.legend}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-kind" className="text-sm font-medium">
            {labels.legend}
          </label>
          <select id="period-kind" name="period" defaultValue={period.kind} className={control}>
            <option value="year">{labels.year}</option>
            <option value="last12">{labels.last12}</option>
            <option value="custom">{labels.custom}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-from" className="text-sm font-medium">
            {labels.from}
          </label>
          <input id="period-from" type="date" name="from" defaultValue={period.from} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-to" className="text-sm font-medium">
            {labels.to}
          </label>
          <input id="period-to" type="date" name="to" defaultValue={period.to} className={control} />
        </div>
        <button type="submit" className="btn-secondary">
          {labels.apply}
        </button>
      </fieldset>
    </form>
  );
}
