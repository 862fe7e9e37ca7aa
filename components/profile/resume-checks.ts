/** Client-side pre-checks before a resume is sent. The server checks again (by content) and has the last word. */

export const RESUME_ACCEPT =
  ".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain";

const EXTENSIONS = [".pdf", ".docx", ".txt"];

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A plain-words reason the file can't be sent, or null when it may be. */
export function checkResumeFile(file: { name: string; size: number }, maxMb: number): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".doc")) {
    return "Older Word files (.doc) can't be read. In Word, choose Save As → .docx or PDF, or paste the text instead.";
  }
  if (!EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `“${file.name}” isn't a PDF, Word (.docx) or plain-text (.txt) file. Please choose one of those, or paste the text instead.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Please choose the file again.`;
  if (file.size > maxMb * 1024 * 1024) {
    return `This file is ${formatFileSize(file.size)}; the limit is ${maxMb} MB. Export your resume again without large images, or paste the text instead.`;
  }
  return null;
}

/** A reason pasted text can't be sent, or null. */
export function checkResumeText(text: string, maxChars: number): string | null {
  if (!text.trim()) return "Paste the text of your resume first.";
  if (text.length > maxChars) {
    return `That's ${text.length.toLocaleString("en-US")} characters; the limit is ${maxChars.toLocaleString("en-US")}. Remove anything that isn't part of your resume.`;
  }
  return null;
}
