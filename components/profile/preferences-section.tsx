"use client";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { COMPANY_SIZES, JOB_TYPES } from "@/lib/profile/schema";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { REMOTE_PREFERENCES, type UpdateProfileBody } from "@/lib/validation/profiles";
import { parseWholeNumber } from "./changed-fields";
import { CheckboxGroup } from "./checkbox-group";
import { ChipListField } from "./chip-list-field";
import { EditedBadge } from "./edited-badge";
import { ProfileSection } from "./profile-section";
import { COMPANY_SIZE_LABELS, JOB_TYPE_LABELS, REMOTE_LABELS } from "./profile-labels";
import { useSectionForm } from "./use-section-form";

type Preferences = {
  desired_roles: string[];
  preferred_locations: string[];
  preferred_industries: string[];
  salary_min: string;
  salary_max: string;
  job_types: string[];
  company_size_preference: string[];
  remote_preference: string;
};
type Prefs = NonNullable<UpdateProfileBody["preferences"]>;

const pick = (p: ProfileResponse): Preferences => ({
  desired_roles: p.desired_roles,
  preferred_locations: p.preferred_locations,
  preferred_industries: p.preferred_industries,
  salary_min: p.salary_range_min?.toString() ?? "",
  salary_max: p.salary_range_max?.toString() ?? "",
  job_types: p.job_types,
  company_size_preference: p.company_size_preference,
  remote_preference: p.remote_preference ?? "",
});

const MAX_SALARY = 10_000_000;

function salaryErrors(min: number | null, max: number | null) {
  const errors: { min?: string; max?: string } = {};
  const bad = (n: number | null) => n !== null && (Number.isNaN(n) || n > MAX_SALARY);
  if (bad(min)) errors.min = "Enter a whole number without a currency sign, e.g. 60000.";
  if (bad(max)) errors.max = "Enter a whole number without a currency sign, e.g. 80000.";
  if (!errors.min && !errors.max && min !== null && max !== null && min > max) errors.max = "The maximum must be at least the minimum.";
  return errors;
}

export function PreferencesSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const { form, set, changes, dirty, edited, submit, fail, markSaved, sectionProps } = useSectionForm(userId, profile, pick);
  const [errors, setErrors] = useState<{ min?: string; max?: string }>({});

  async function onSave() {
    const min = parseWholeNumber(form.salary_min);
    const max = parseWholeNumber(form.salary_max);
    const found = salaryErrors(min, max);
    setErrors(found);
    if (found.min || found.max) return fail([found.min, found.max].filter(Boolean).join(" "));
    if (!dirty) return markSaved();
    const { salary_min, salary_max, remote_preference, ...lists } = changes;
    const body: Prefs = { ...(lists as Omit<Prefs, "salary_range" | "remote_preference">) };
    if (salary_min !== undefined || salary_max !== undefined) body.salary_range = { min, max };
    if (remote_preference !== undefined) body.remote_preference = (remote_preference || null) as Prefs["remote_preference"];
    await submit({ preferences: body });
  }

  return (
    <ProfileSection
      id="preferences"
      title="Job preferences"
      description="What you're looking for. Jobs that fit these rank higher; nothing is hidden just because a field is empty."
      {...sectionProps}
      onSave={onSave}
    >
      <div className="grid gap-6 sm:grid-cols-2">
        <ChipListField label="Desired roles" values={form.desired_roles} onChange={(v) => set("desired_roles", v)} edited={edited("desired_roles")} maxItems={20} placeholder="e.g. Junior Data Analyst" emptyText="No roles yet." />
        <ChipListField label="Preferred locations" values={form.preferred_locations} onChange={(v) => set("preferred_locations", v)} edited={edited("preferred_locations")} maxItems={20} placeholder="e.g. Toronto, Canada" emptyText="Anywhere, for now." />
      </div>
      <ChipListField label="Preferred industries" values={form.preferred_industries} onChange={(v) => set("preferred_industries", v)} edited={edited("preferred_industries")} maxItems={20} placeholder="e.g. Healthcare" emptyText="Any industry, for now." splitOnComma />
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-ink">
          Salary range per year
          <EditedBadge show={edited("salary_range_min") || edited("salary_range_max")} />
        </legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Minimum" optional error={errors.min}>
            {(p) => <Input {...p} inputMode="numeric" placeholder="e.g. 55000" value={form.salary_min} onChange={(e) => set("salary_min", e.target.value)} />}
          </Field>
          <Field label="Maximum" optional error={errors.max}>
            {(p) => <Input {...p} inputMode="numeric" placeholder="e.g. 75000" value={form.salary_max} onChange={(e) => set("salary_max", e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <CheckboxGroup legend="Job types" options={JOB_TYPES} labels={JOB_TYPE_LABELS} values={form.job_types} onChange={(v) => set("job_types", v)} edited={edited("job_types")} />
      <CheckboxGroup legend="Company size" options={COMPANY_SIZES} labels={COMPANY_SIZE_LABELS} values={form.company_size_preference} onChange={(v) => set("company_size_preference", v)} edited={edited("company_size_preference")} />
      <Field label={<>Remote work<EditedBadge show={edited("remote_preference")} /></>} className="sm:max-w-xs">
        {(p) => (
          <Select {...p} value={form.remote_preference} onChange={(e) => set("remote_preference", e.target.value)}>
            <option value="">Not set</option>
            {REMOTE_PREFERENCES.map((r) => (
              <option key={r} value={r}>
                {REMOTE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </ProfileSection>
  );
}
