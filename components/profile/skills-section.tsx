"use client";
import { useState } from "react";
import { SKILL_FIELDS, type SkillField } from "@/lib/profile/schema";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { changedFields } from "./changed-fields";
import { ChipListField } from "./chip-list-field";
import { ProfileSection } from "./profile-section";
import { SKILL_LABELS } from "./profile-labels";
import { useProfileSave } from "./use-profile-save";

type Skills = Record<SkillField, string[]>;

const pickSkills = (p: ProfileResponse): Skills => Object.fromEntries(SKILL_FIELDS.map((f) => [f, p[f]])) as Skills;

export function SkillsSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const [baseline, setBaseline] = useState(() => pickSkills(profile));
  const [skills, setSkills] = useState(baseline);
  const { status, save, markSaved } = useProfileSave(userId);
  const changes = changedFields(baseline, skills);
  const total = SKILL_FIELDS.reduce((n, f) => n + skills[f].length, 0);

  async function onSave() {
    if (Object.keys(changes).length === 0) return markSaved();
    const saved = await save({ skills: changes });
    if (saved) {
      const next = pickSkills(saved);
      setBaseline(next);
      setSkills(next);
    }
  }

  return (
    <ProfileSection
      id="skills"
      title="Skills"
      description={total === 0 ? "No skills yet. Add the ones you'd like employers to see: they drive most of your match score." : "Matched against each job's requirements. Remove what's wrong, add what's missing."}
      status={status}
      dirty={Object.keys(changes).length > 0}
      onSave={onSave}
      saveTestId="profile-save-skills"
    >
      {SKILL_FIELDS.map((field) => (
        <ChipListField
          key={field}
          label={SKILL_LABELS[field].label}
          placeholder={SKILL_LABELS[field].placeholder}
          values={skills[field]}
          onChange={(values) => setSkills((s) => ({ ...s, [field]: values }))}
          edited={profile.edited_fields.includes(field)}
          emptyText="None listed yet."
          splitOnComma
          chipTestId="skill-chip"
          addTestId={`skill-add-${field}`}
        />
      ))}
    </ProfileSection>
  );
}
