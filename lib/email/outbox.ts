import { getOutboxMessage, listOutboxMessages } from "@/db/queries/email-outbox";
import { ApiError } from "@/lib/errors";

/** "m***a@example.com": enough for an admin to tell messages apart, not to harvest addresses. */
export function maskEmail(address: string): string {
  const match = /^(.*?)([^<\s]+)@([^>\s]+)(.*)$/.exec(address.trim());
  if (!match) return "***";
  const local = match[2];
  const masked = local.length <= 2 ? `${local[0]}***` : `${local[0]}***${local[local.length - 1]}`;
  return `${masked}@${match[3]}`;
}

export async function listOutbox(query: { limit: number; offset: number }) {
  const { rows, total } = await listOutboxMessages(query);
  return { total, limit: query.limit, offset: query.offset, messages: rows.map((r) => ({ ...r, to_address: maskEmail(r.to_address) })) };
}

/** One message as the recipient saw it (HTML and text), address masked. */
export async function getOutboxMessageOrThrow(id: number) {
  const message = await getOutboxMessage(id);
  if (!message) throw new ApiError("not_found", `No outbox message ${id}`);
  return { ...message, to_address: maskEmail(message.to_address) };
}
