import { z } from "zod";

import { EmailSchema } from "@/lib/invitations/schemas";

export const ZSignInRequest = z.object({
  email: EmailSchema,
  callbackUrl: z.string().max(500).optional(),
});
export type TSignInRequest = z.input<typeof ZSignInRequest>;
