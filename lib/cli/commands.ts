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
      const ids = await seedSyntheticStudents(students);
      return [`Seeded ${ids.length} synthetic students (${ids[0]} … ${ids[ids.length - 1]}).`];
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
