import { Link } from "@/components/ui/Link";
import type { KeyFigure } from "@/lib/dashboard/figures";

/** Headline figures, each a link to the list it counts. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {figures.map((f) => (
        <div key={f.key} className="card flex flex-col-reverse gap-1">
          <dt className="text-sm text-slate-700">
            <Link className="link" href={f.href}>
              {f.label}
            </Link>
          </dt>
          <dd className="text-3xl font-bold tabular-nums" data-figure={f.key}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
