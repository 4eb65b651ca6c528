import { useId } from "react";

export type ChartColumn = { label: string; value: number };

const WIDTH = 600;
const HEIGHT = 220;
const BOTTOM = 28;
const TOP = 22;

/** Columns over time (months), drawn on the server as SVG; the table beside it holds every value. */
export function ColumnChart({ title, columns }: { title: string; columns: ChartColumn[] }) {
  const id = useId();
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const barWidth = Math.min(36, slot * 0.7);
  const plot = HEIGHT - BOTTOM - TOP;
  // Every label when they fit, else one in two or three, so they never overlap.
  const step = Math.ceil(columns.length / 12);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-3xl print:max-w-none"
    >
      <title id={`${id}-t`}>{title}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="stroke-slate-500" strokeWidth={1} />
      {columns.map((column, index) => {
        const height = (plot * column.value) / max;
        const x = index * slot + (slot - barWidth) / 2;
        const y = HEIGHT - BOTTOM - height;
        return (
          <g key={`${column.label}-${index}`}>
            <rect x={x} y={y} width={barWidth} height={height} rx={2} className="fill-brand" />
            {column.value > 0 ? (
              <text x={x + barWidth / 2} y={y - 5} textAnchor="middle" fontSize={15} className="fill-slate-900">
                {column.value}
              </text>
            ) : null}
            {index % step === 0 ? (
              <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={14} className="fill-slate-700">
                {column.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
