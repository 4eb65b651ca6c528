/**
 * A sample to copy (a CSV header and line): it scrolls sideways rather than widening the page, and that
 * scrolling region can be reached and scrolled with the keyboard, named by `label`.
 */
export function CodeSample({ label, children }: { label: string; children: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      <pre className="p-2 text-sm">{children}</pre>
    </div>
  );
}
