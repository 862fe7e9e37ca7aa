import { parseArgs } from "node:util";
import { mainCli } from "@/lib/cli/run";

// npm run admin:create -- --email E [--password P] [--name N]
const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  strict: true,
});
if (!values.email) {
  console.error("usage: npm run admin:create -- --email you@example.com [--password secret] [--name 'Your Name']");
  process.exit(2);
}
void mainCli("admin:create", values);
