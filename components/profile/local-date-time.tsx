"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const utc = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const local = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** A timestamp in the reader's time zone; the server (which can't know it) renders UTC, then the browser swaps it in. */
export function LocalDateTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  return <time dateTime={iso}>{inBrowser ? local.format(date) : `${utc.format(date)} UTC`}</time>;
}
