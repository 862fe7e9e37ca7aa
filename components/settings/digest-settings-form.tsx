"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { DigestSettings } from "@/lib/digest/settings";
import type { SaveDigestSettingsState } from "@/lib/validation/digests";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

type Props = {
  settings: DigestSettings;
  timeZones: string[];
  /** The server action that saves the form (passed in by the page, so components never import from app/). */
  saveAction: (prev: SaveDigestSettingsState, form: FormData) => Promise<SaveDigestSettingsState>;
};

export function DigestSettingsForm({ settings, timeZones, saveAction }: Props) {
  const [state, action, pending] = useActionState<SaveDigestSettingsState, FormData>(saveAction, { status: "idle" });
  const err = state.fields ?? {};
  return (
    <form action={action} className="space-y-5" data-testid="digest-settings-form">
      {settings.email_status === "bounced" || settings.email_status === "complained" ? (
        <Alert tone="warning" title="We can't email you right now">
          Your address {settings.email_status === "bounced" ? "bounced" : "reported a digest as spam"}, so digests are stopped. Update your email in
          your profile to start them again.
        </Alert>
      ) : null}
      <label className="flex items-center gap-3 text-sm font-medium text-ink">
        <input type="checkbox" name="digest_enabled" defaultChecked={settings.digest_enabled} className="size-4 accent-current" data-testid="settings-enabled" />
        Email me a digest of new matches
      </label>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Frequency" error={err.digest_frequency}>
          {(p) => (
            <Select {...p} name="digest_frequency" defaultValue={settings.digest_frequency}>
              <option value="daily">Daily</option>
              <option value="weekly">Weekly (Mondays)</option>
            </Select>
          )}
        </Field>
        <Field label="Time" hint="In your timezone." error={err.digest_hour}>
          {(p) => (
            <Select {...p} name="digest_hour" defaultValue={String(settings.digest_hour)} data-testid="settings-hour">
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {hourLabel(h)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Timezone" error={err.timezone}>
          {(p) => (
            <Select {...p} name="timezone" defaultValue={settings.timezone} data-testid="settings-timezone">
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Minimum match score" hint="Only jobs at or above this score go in your digest (0–100)." error={err.min_score_threshold}>
          {(p) => <Input {...p} type="number" name="min_score_threshold" min={0} max={100} step={1} defaultValue={settings.min_score_threshold} data-testid="settings-min-score" />}
        </Field>
      </div>
      {state.status === "saved" ? <Alert tone="success" data-testid="settings-saved">Saved. Your next digest follows these settings.</Alert> : null}
      {state.status === "error" ? <Alert tone="error" data-testid="settings-error">{state.message}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" loading={pending} data-testid="settings-save">
          Save settings
        </Button>
      </div>
    </form>
  );
}
