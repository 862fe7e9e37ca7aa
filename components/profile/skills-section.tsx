"use client";
import { SKILL_FIELDS, type SkillField } from "@/lib/profile/schema";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { ChipListField } from "./chip-list-field";
import { ProfileSection } from "./profile-section";
import { SKILL_LABELS } from "./profile-labels";
import { useSectionForm } from "./use-section-form";

type Skills = Record<SkillField, string[]>;

const pickSkills = (p: ProfileResponse): Skills => Object.fromEntries(SKILL_FIELDS.map((f) => [f, p[f]])) as Skills;

export function SkillsSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const { form: skills, set, changes, dirty, edited, submit, markSaved, sectionProps } = useSectionForm(userId, profile, pickSkills);
  const total = SKILL_FIELDS.reduce((n, f) => n + skills[f].length, 0);

  async function onSave() {
    if (!dirty) return markSaved();
    await submit({ skills: changes });
  }

  return (
    <ProfileSection
      id="skills"
      title="Skills"
      description={total === 0 ? "No skills yet. Add the ones you'd like employers to see: they drive most of your match score." : "Matched against each job's requirements. Remove what's wrong, add what's missing."}
      {...sectionProps}
      onSave={onSave}
      saveTestId="profile-save-skills"
    >
      {SKILL_FIELDS.map((field) => (
        <ChipListField
          key={field}
          label={SKILL_LABELS[field].label}
          placeholder={SKILL_LABELS[field].placeholder}
          values={skills[field]}
          onChange={(values) => set(field, values)}
          edited={edited(field)}
          emptyText="None listed yet."
          splitOnComma
          chipTestId="skill-chip"
          addTestId={`skill-add-${field}`}
        />
      ))}
    </ProfileSection>
  );
}
