import { ActionError } from "@/lib/forms/result";

const CONSTRAINT = "HousingBooking_no_overlap";

/** PostgreSQL's exclusion_violation (23P01) on our constraint, however the driver adapter wraps it. */
export function isOverlapError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const v = value as Record<string, unknown>;
    if (v.code === "23P01" || v.originalCode === "23P01") return true;
    if (typeof v.message === "string" && v.message.includes(CONSTRAINT)) return true;
    if (v.constraint === CONSTRAINT) return true;
    return Object.values(v).some(visit) || visit(v.cause);
  };
  return visit(error);
}

/**
 * Runs a write that may hold nights: the database refuses an overlap (even between transactions that
 * started together), and the refusal becomes a clear message for the form instead of a 500.
 * The error aborts the transaction, so it is caught around it, never inside.
 */
export async function refusingOverlap<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isOverlapError(error)) throw new ActionError("housing.errors.taken");
    throw error;
  }
}
