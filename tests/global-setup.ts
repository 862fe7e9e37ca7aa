import { openPostgres } from "@/db";
import { TEMPLATE_DB } from "./db";

/** On Postgres, migrate a template database once; each test file copies it. */
export default async function setup() {
  process.env.SCHEDULER_ENABLED ??= "false";
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const { default: postgres } = await import("postgres");
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${TEMPLATE_DB}`;
  const handle = await openPostgres(u.toString(), { max: 1 });
  await handle.close();
}
