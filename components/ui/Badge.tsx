const TONES = {
  neutral: "border-slate-400 bg-slate-100 text-slate-900",
  info: "border-sky-700 bg-sky-50 text-sky-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
  danger: "border-red-700 bg-red-50 text-red-900",
  priority: "border-purple-700 bg-purple-50 text-purple-900",
} as const;

/** A short status or marker (Prioritaire, Échec, Nouveau): text, never colour alone, so it reads in any mode. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>
      {children}
    </span>
  );
}
