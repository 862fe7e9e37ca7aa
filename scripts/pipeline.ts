import { parseArgs } from "node:util";
import { mainCli } from "@/lib/cli/run";

// npm run pipeline -- fetch|score|refine|batches|digest|cleanup|all [--user ID]
const { values, positionals } = parseArgs({ options: { user: { type: "string" } }, allowPositionals: true, strict: true });
if (positionals.length !== 1) {
  console.error("usage: npm run pipeline -- fetch|score|refine|batches|digest|cleanup|all [--user ID]");
  process.exit(2);
}
void mainCli("pipeline", { job: positionals[0], ...values });
