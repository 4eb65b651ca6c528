import { z } from "zod";

import { idField } from "@/lib/forms/fields";

/** A 6-digit code from the app, or a recovery code (XXXXX-XXXXX). */
export const ZSecondFactorCode = z.object({
  code: z.string().trim().min(6, "security.errors.codeFormat").max(20, "security.errors.codeFormat"),
});
export type TSecondFactorCodeInput = z.input<typeof ZSecondFactorCode>;

export const ZVerifySecondFactor = ZSecondFactorCode.extend({ callbackUrl: z.string().max(2000).optional() });
export type TVerifySecondFactorInput = z.input<typeof ZVerifySecondFactor>;

export const ZSessionRef = z.object({ sessionId: idField });
export const ZNoInput = z.object({}).strict();

export const ZStaffSecondFactorSetting = z.object({ required: z.boolean() });
