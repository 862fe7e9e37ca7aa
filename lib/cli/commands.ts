import { z } from "zod";
import { createAdmin, createAdminArgsSchema } from "@/lib/admin/create-admin";
import { ApiError } from "@/lib/errors";
import { pipelineArgsSchema, runPipelineFromCli } from "@/lib/pipeline/cli";
import { seedSyntheticStudents } from "@/lib/seed/synthetic-students";

/**
 * Commands the CLI runs, either in its own process (Postgres, or no app
 * running) or inside the running app (embedded mode). Each returns the lines
 * to print.
 */
const COMMANDS = {
  "admin:create": {
    args: createAdminArgsSchema,
    run: async (args: z.infer<typeof createAdminArgsSchema>) => (await createAdmin(args)).lines,
  },
  seed: {
    args: z.object({ students: z.number().int().min(1).max(100_000) }),
    run: async ({ students }: { students: number }) => {
      const { seeded, failed } = await seedSyntheticStudents(students);
      const lines = [`Seeded ${seeded.length} of ${students} synthetic students${seeded.length ? ` (${seeded[0]} … ${seeded[seeded.length - 1]})` : ""}.`];
      if (failed.length) {
        lines.push(`${failed.length} failed (re-run the same command to retry them; it is idempotent):`);
        for (const f of failed.slice(0, 20)) lines.push(`  ${f.user_id}: ${f.error}`);
        if (failed.length > 20) lines.push(`  … and ${failed.length - 20} more (see the log)`);
      }
      return lines;
    },
  },
  pipeline: {
    args: pipelineArgsSchema,
    run: (args: z.infer<typeof pipelineArgsSchema>) => runPipelineFromCli(args),
  },
} as const;

export type CliCommand = keyof typeof COMMANDS;
export const cliRequestSchema = z.object({
  command: z.enum(Object.keys(COMMANDS) as [CliCommand, ...CliCommand[]]),
  args: z.record(z.string(), z.unknown()).default({}),
});

export async function runCliCommand(command: string, args: unknown): Promise<string[]> {
  const entry = COMMANDS[command as CliCommand];
  if (!entry) throw new ApiError("not_found", `Unknown command ${command}`);
  // Each entry's schema matches its own run(); the union of the two loses that pairing.
  return (entry.run as (a: unknown) => Promise<string[]>)(entry.args.parse(args));
}
