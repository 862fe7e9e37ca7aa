import { Badge } from "@/components/ui/badge";

/** Marks a field the student changed by hand (a new resume upload leaves it alone). */
export function EditedBadge({ show = true }: { show?: boolean }) {
  if (!show) return null;
  return (
    <Badge tone="neutral" className="ml-2 align-middle font-normal" title="You edited this by hand; a new resume upload keeps your version.">
      <span aria-hidden="true">edited</span>
      <span className="sr-only">(edited by you)</span>
    </Badge>
  );
}
