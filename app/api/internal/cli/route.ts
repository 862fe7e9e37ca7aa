import { cliRequestSchema, runCliCommand } from "@/lib/cli/commands";
import { isValidCliToken } from "@/lib/embedded-app";
import { errorResponse, toErrorResponse } from "@/lib/errors";
import { log } from "@/lib/logger";

export const dynamic = "force-dynamic";

// POST /api/internal/cli – the local CLI asks the running app (which owns the embedded database) to run a command
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  if (!isValidCliToken(token)) return errorResponse("unauthorized", "Only the local command-line tools may call this.");
  try {
    const { command, args } = cliRequestSchema.parse(await req.json());
    return Response.json({ lines: await runCliCommand(command, args) });
  } catch (err) {
    return toErrorResponse(err, (e) => log.error({ err: e }, "cli command failed"));
  }
}
