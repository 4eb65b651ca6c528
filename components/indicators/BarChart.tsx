import { useId } from "react";

export type ChartBar = { label: string; value: number; display?: string };

const WIDTH = 400;
const ROW = 44;
const LABEL_SPACE = 48;

/**
 * Horizontal bars drawn on the server as SVG: one row per bar, its label above it, its value after it.
 * Readable on a phone (the labels are not squeezed under narrow columns) and in print (no colour needed
 * to read a value). The numbers themselves are in the table that goes with every chart.
 */
export function BarChart({ title, bars }: { title: string; bars: ChartBar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW + 4);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl print:max-w-none"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-t`}>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width = ((WIDTH - LABEL_SPACE) * bar.value) / max;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={0} y={y + 15} className="fill-slate-900" fontSize={14}>
              {bar.label}
            </text>
            <rect x={0} y={y + 21} width={Math.max(width, 1)} height={16} rx={2} className="fill-brand" />
            <text x={Math.max(width, 1) + 6} y={y + 34} className="fill-slate-900" fontSize={14} fontWeight={600}>
              {bar.display ?? bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
