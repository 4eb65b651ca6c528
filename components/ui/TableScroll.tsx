/**
 * The one wrapper of our tables: it scrolls sideways on a phone instead of the page, can be scrolled
 * with the keyboard (focusable region, named by the table's caption), and keeps visually hidden labels
 * inside it (`relative`), so they cannot widen the page.
 */
export function TableScroll({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto rounded-lg border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand ${className}`}
    >
      {children}
    </div>
  );
}
