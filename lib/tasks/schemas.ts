import { z } from "zod";

/** `?who=` of the tasks page: "me" (mine and the unassigned), "all", or a staff member's user id. */
export const ZTasksQuery = z.object({
  who: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .catch("me")
    .default("me"),
});

export type TaskScope = { kind: "mine"; userId: string } | { kind: "all" } | { kind: "user"; userId: string };

export function taskScope(who: string, me: string): TaskScope {
  if (who === "all") return { kind: "all" };
  if (who === "me" || who === me) return { kind: "mine", userId: me };
  return { kind: "user", userId: who };
}
