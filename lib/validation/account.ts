import { z } from "zod";

export const DELETE_CONFIRMATION = "DELETE";

/** DELETE /api/v1/account: the typed word (signed-in browser) or the account password (any caller). */
export const deleteAccountBodySchema = z
  .strictObject({
    confirm: z.string().max(50).optional(),
    password: z.string().min(1).max(128).optional(),
  })
  .refine((b) => b.confirm !== undefined || b.password !== undefined, {
    message: `send "confirm": "${DELETE_CONFIRMATION}" or your "password"`,
  });
export type DeleteAccountBody = z.infer<typeof deleteAccountBodySchema>;
