import { Link } from "./Link";

/** The link back to the list a detail or form page belongs to, above its title. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p>
      <Link className="link" href={href}>
        {children}
      </Link>
    </p>
  );
}
