import type { ReactNode } from "react";

import type { Dataset } from "@/lib/indicators/datasets";

import { DatasetTable } from "./DatasetTable";

/** One indicator: its heading, its chart (if any), its data table and its downloads. */
export function IndicatorSection({
  dataset,
  chart,
  intro,
  caption,
  locale,
  none,
  empty,
  downloads,
}: {
  dataset: Dataset;
  chart?: ReactNode;
  intro?: ReactNode;
  caption: string;
  locale: string;
  none: string;
  empty: string;
  downloads: { href: string; label: string }[];
}) {
  const headingId = `ind-${dataset.key}`;
  return (
    <section aria-labelledby={headingId} className="break-inside-avoid-page space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {dataset.title}
      </h2>
      {intro}
      {dataset.rows.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <>
          {chart ? <figure className="card print:border-0 print:p-0">{chart}</figure> : null}
          <DatasetTable dataset={dataset} caption={caption} locale={locale} none={none} />
        </>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 print:hidden">
        {downloads.map((d) => (
          <a key={d.href} className="link" href={d.href} download>
            {d.label}
            <span className="sr-only"> — {dataset.title}</span>
          </a>
        ))}
      </p>
    </section>
  );
}
