"use client";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type ResumePasteFieldProps = {
  value: string;
  onChange: (value: string) => void;
  maxChars: number;
  disabled?: boolean;
  describedBy?: string;
};

/** The "paste your resume" textarea with a live character count (no hard cut-off, so nothing is silently lost). */
export function ResumePasteField({ value, onChange, maxChars, disabled, describedBy }: ResumePasteFieldProps) {
  const id = useId();
  const countId = `${id}-count`;
  const over = value.length > maxChars;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>Resume text</Label>
      <Textarea
        id={id}
        rows={12}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Paste everything from your resume: contact details, education, experience, skills…"
        aria-describedby={[countId, describedBy].filter(Boolean).join(" ")}
        aria-invalid={over || undefined}
        data-testid="resume-text"
        className="font-mono text-xs sm:text-sm"
      />
      <p id={countId} className={cn("text-right text-xs tabular-nums", over ? "font-medium text-danger-ink" : "text-ink-muted")}>
        {value.length.toLocaleString("en-US")} / {maxChars.toLocaleString("en-US")} characters
      </p>
    </div>
  );
}
