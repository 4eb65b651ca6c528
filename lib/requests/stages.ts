import { valuesOf } from "@/lib/forms/enums";
import { ClosingReason, RequestStage } from "@/lib/generated/prisma/enums";

export const PIPELINE: RequestStage[] = ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER"];
export const STAGES: RequestStage[] = [...PIPELINE, "CLOSED"];
export const CLOSING_REASONS = valuesOf(ClosingReason);

export type StageChange = { to: RequestStage; closingReason?: ClosingReason | null };
export type StageDecision = { ok: true } | { ok: false; messageKey: string };

/**
 * The pipeline moves one step forward at a time (or back one step to correct a mistake), and can be
 * closed from any open stage with a reason. MEMBER and CLOSED are final; a closed request may be reopened
 * as NEW, for a newcomer who comes back.
 */
export function checkStageChange(from: RequestStage, change: StageChange): StageDecision {
  const { to } = change;
  if (from === to) return { ok: false, messageKey: "requests.errors.sameStage" };
  if (to === "CLOSED") {
    if (from === "MEMBER") return { ok: false, messageKey: "requests.errors.finalStage" };
    if (!change.closingReason) return { ok: false, messageKey: "requests.errors.closingReasonRequired" };
    return { ok: true };
  }
  if (from === "CLOSED") return to === "NEW" ? { ok: true } : { ok: false, messageKey: "requests.errors.reopenAsNew" };
  if (from === "MEMBER") return { ok: false, messageKey: "requests.errors.finalStage" };
  const step = PIPELINE.indexOf(to) - PIPELINE.indexOf(from);
  if (step === 1 || (step === -1 && to !== "NEW")) return { ok: true };
  if (step === -1 && to === "NEW") return { ok: true };
  return { ok: false, messageKey: "requests.errors.skipStage" };
}

/** Stages where the CPTS is still helping: the request counts as open for audiences, digests and the dashboard. */
export const OPEN_STAGES = ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED"] as const satisfies readonly RequestStage[];

export function isOpen(stage: RequestStage): boolean {
  return (OPEN_STAGES as readonly RequestStage[]).includes(stage);
}

/** Working days (Monday to Friday) between two instants, for the response promise. */
export function addWorkingDays(start: Date, days: number): Date {
  const result = new Date(start);
  let added = 0;
  while (added < days) {
    result.setUTCDate(result.getUTCDate() + 1);
    const day = result.getUTCDay();
    if (day !== 0 && day !== 6) added++;
  }
  return result;
}

export function isResponseOverdue(
  request: { createdAt: Date; firstResponseAt: Date | null; stage: RequestStage },
  firstResponseDays: number,
  now = new Date(),
): boolean {
  if (request.firstResponseAt || !isOpen(request.stage)) return false;
  return addWorkingDays(request.createdAt, firstResponseDays) < now;
}
