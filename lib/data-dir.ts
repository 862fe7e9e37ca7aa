import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

/** Absolute path of the embedded data directory (created on first use). */
export function getDataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().DATA_DIR);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A random secret generated once into DATA_DIR with mode 0600, for embedded
 * mode when the operator did not configure one (encryption key, auth secret).
 */
export function getOrCreateSecretFile(name: string, bytes = 32): string {
  const file = path.join(/*turbopackIgnore: true*/ getDataDir(), name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(bytes).toString("hex");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw err;
  }
  chmodSync(file, 0o600);
  return secret;
}
