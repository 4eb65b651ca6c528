export type TimelineEntry = { id: string; when: string; text: React.ReactNode };

/** A request's history, newest first: when, then what happened and who did it. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="mt-2 space-y-2 text-sm">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="text-slate-700">{entry.when}</span>
          <br />
          {entry.text}
        </li>
      ))}
    </ol>
  );
}
