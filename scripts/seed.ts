import { parseArgs } from "node:util";
import { mainCli } from "@/lib/cli/run";

// npm run seed -- --students 50   (synthetic students from the bundled resume corpus)
const { values } = parseArgs({ options: { students: { type: "string", default: "50" } }, strict: true });
void mainCli("seed", { students: Number(values.students) });
