import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getOrCreateSecretFile } from "@/lib/data-dir";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/logger";

/**
 * AES-256-GCM for personal fields at rest (profile email and phone).
 * Stored form: "enc:v1:<iv b64>:<tag b64>:<ciphertext b64>".
 */
const PREFIX = "enc:v1:";
let cachedKey: Buffer | undefined;

function parseKey(raw: string): Buffer {
  const trimmed = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, "hex");
  const b64 = Buffer.from(trimmed, "base64");
  if (b64.length === 32) return b64;
  throw new Error("ENCRYPTION_KEY must be 32 bytes: 64 hex characters or base64.");
}

function getKey(): Buffer {
  if (cachedKey) return cachedKey;
  const env = getEnv();
  if (env.ENCRYPTION_KEY) {
    cachedKey = parseKey(env.ENCRYPTION_KEY);
  } else {
    if (env.DATABASE_URL) {
      log.warn({}, "ENCRYPTION_KEY is not set: using a key generated into DATA_DIR; set ENCRYPTION_KEY when several servers share the database");
    }
    cachedKey = parseKey(getOrCreateSecretFile("encryption.key"));
  }
  return cachedKey;
}

export function resetEncryptionKeyCache() {
  cachedKey = undefined;
}

export function encryptField(plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined || plain === "") return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", getKey(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${iv.toString("base64")}:${cipher.getAuthTag().toString("base64")}:${data.toString("base64")}`;
}

export function decryptField(stored: string | null | undefined): string | null {
  if (!stored) return null;
  if (!stored.startsWith(PREFIX)) return stored; // written before encryption, or by an admin import
  const [iv, tag, data] = stored.slice(PREFIX.length).split(":");
  const decipher = createDecipheriv("aes-256-gcm", getKey(), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
