"use client";
import { useId, useState, type DragEvent } from "react";
import { cn } from "@/components/ui/cn";
import { FileIcon, UploadIcon } from "@/components/ui/icons";
import { formatFileSize, RESUME_ACCEPT } from "./resume-checks";

type ResumeDropzoneProps = {
  file: File | null;
  onFile: (file: File | null) => void;
  maxMb: number;
  disabled?: boolean;
  describedBy?: string;
};

/**
 * A drop target that is also a real file picker: the label wraps a visually
 * hidden <input type="file">, so Tab reaches it and Enter/Space opens the dialog.
 */
export function ResumeDropzone({ file, onFile, maxMb, disabled, describedBy }: ResumeDropzoneProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [dragging, setDragging] = useState(false);

  function onDragOver(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    if (!disabled) setDragging(true);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  }

  return (
    <label
      htmlFor={inputId}
      data-testid="resume-dropzone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "flex cursor-pointer flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-10 text-center transition-colors",
        "focus-within:border-accent focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-ring",
        dragging ? "border-accent bg-accent-soft" : "border-line-strong bg-subtle/50 hover:border-ink-subtle hover:bg-subtle",
        disabled && "pointer-events-none opacity-60",
      )}
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
        {file ? <FileIcon className="size-6" /> : <UploadIcon className="size-6" />}
      </span>
      {file ? (
        <span className="space-y-0.5">
          <span className="block font-medium break-all text-ink">{file.name}</span>
          <span className="block text-xs text-ink-muted">
            {formatFileSize(file.size)} · <span className="font-medium text-accent-ink underline underline-offset-2">Choose a different file</span>
          </span>
        </span>
      ) : (
        <span className="space-y-1">
          <span className="block text-sm font-medium text-ink">
            <span className="hidden sm:inline">Drag your resume here, or </span>
            <span className="text-accent-ink underline underline-offset-2">
              <span className="sm:hidden">Choose your resume file</span>
              <span className="hidden sm:inline">choose a file</span>
            </span>
          </span>
          <span id={hintId} className="block text-xs text-ink-muted">
            PDF, Word (.docx) or plain text (.txt), up to {maxMb} MB
          </span>
        </span>
      )}
      <input
        id={inputId}
        type="file"
        accept={RESUME_ACCEPT}
        disabled={disabled}
        data-testid="resume-file-input"
        aria-describedby={[file ? undefined : hintId, describedBy].filter(Boolean).join(" ") || undefined}
        className="sr-only"
        onChange={(event) => {
          onFile(event.target.files?.[0] ?? null);
          // Let the same file be chosen again after an error.
          event.target.value = "";
        }}
      />
    </label>
  );
}
