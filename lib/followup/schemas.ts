import { z } from "zod";

import { valuesOf } from "@/lib/forms/enums";
import { idField } from "@/lib/forms/fields";
import { FollowUpTheme } from "@/lib/generated/prisma/enums";

export const FOLLOW_UP_THEMES = valuesOf(FollowUpTheme);
export const SETTLED_SCORES = ["1", "2", "3", "4", "5"] as const;

/** At or under this score, or with a wish to talk, the staff owe a call back. */
export const LOW_SCORE = 2;
/** The call back is due this many working days after the answer. */
export const CALL_BACK_WORKING_DAYS = 5;

// Checked against the stored hashes by the service (lib/tokens.ts is server code: node:crypto).
const token = z.string().max(100);

export const ZCheckInToken = z.object({ token });

/** The check-in form: a radio's value is a string in the form ("" or null when none is chosen). */
export const ZCheckInAnswer = z.object({
  token,
  settledScore: z.coerce
    .number({ message: "followUp.errors.score" })
    .int({ message: "followUp.errors.score" })
    .min(1, { message: "followUp.errors.score" })
    .max(5, { message: "followUp.errors.score" }),
  difficulties: z.array(z.enum(FOLLOW_UP_THEMES)).max(FOLLOW_UP_THEMES.length),
  wantsToTalk: z.boolean(),
  comment: z.string().trim().max(1000, { message: "errors.tooLong" }),
});
export type TCheckInAnswerInput = z.input<typeof ZCheckInAnswer>;

export const ZFollowUpTaskId = z.object({ taskId: idField });

export function needsCallBack(answer: { settledScore: number; wantsToTalk: boolean }): boolean {
  return answer.settledScore <= LOW_SCORE || answer.wantsToTalk;
}
