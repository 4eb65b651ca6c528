/** What a list says when it has nothing to show, in the same place and look everywhere. */
export function EmptyState({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <p className={`rounded-lg border border-dashed border-slate-400 bg-white p-4 text-slate-800 ${className}`}>
      {children}
    </p>
  );
}
