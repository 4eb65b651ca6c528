import { Link } from "@/components/ui/Link";
import { TableScroll } from "@/components/ui/TableScroll";
import { numberFormat } from "@/lib/i18n/format";
import type { Cell, Dataset } from "@/lib/indicators/datasets";

export function formatCell(value: Cell, locale: string, none: string) {
  if (value === null || value === "") return none;
  if (typeof value === "number") return numberFormat(locale === "en" ? "en-GB" : "fr-FR").format(value);
  return value;
}

/** The data table of a chart: the first cell of each row links to the list it counts. */
export function DatasetTable({
  dataset,
  caption,
  locale,
  none,
}: {
  dataset: Dataset;
  caption: string;
  locale: string;
  none: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {dataset.columns.map((column, index) => (
              <th key={index} scope="col" className="px-3 py-2 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.rows.map((row, r) => (
            <tr key={r} className="border-t border-slate-200">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-3 py-2 font-medium">
                    {dataset.links[r] ? (
                      <Link className="link" href={dataset.links[r]}>
                        {formatCell(cell, locale, none)}
                      </Link>
                    ) : (
                      formatCell(cell, locale, none)
                    )}
                  </th>
                ) : (
                  <td key={c} className="px-3 py-2 tabular-nums">
                    {formatCell(cell, locale, none)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
