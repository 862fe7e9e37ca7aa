import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { UserSummary } from "@/lib/profiles/list-users";
import { CAREER_LEVEL_LABELS } from "@/components/profile/profile-labels";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

function When({ iso, withTime = false }: { iso: string | null; withTime?: boolean }) {
  if (!iso) return <span className="text-ink-subtle">—</span>;
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={`${dateTimeFormat.format(date)} UTC`} className="whitespace-nowrap">
      {(withTime ? dateTimeFormat : dateFormat).format(date)}
    </time>
  );
}

const dash = <span className="text-ink-subtle">—</span>;

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  unsubscribed: { label: "Unsubscribed", tone: "neutral" },
  bounced: { label: "Bounced", tone: "danger" },
  complained: { label: "Complained", tone: "danger" },
};

/** The admin list of accounts and profiles (one row each, joined by user id). */
export function UsersTable({ users, caption }: { users: UserSummary[]; caption: string }) {
  return (
    <Table label={caption} data-testid="users-table">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>User ID</Th>
          <Th>Career level</Th>
          <Th className="text-right">Years</Th>
          <Th className="text-right">Skills</Th>
          <Th>Last resume upload</Th>
          <Th className="text-right">Matches</Th>
          <Th>Last digest sent</Th>
          <Th className="text-right">Opened / clicked</Th>
          <Th>Status</Th>
          <Th>Created</Th>
          <Th>Account</Th>
        </tr>
      </THead>
      <TBody>
        {users.map((u) => (
          <Tr key={u.user_id} data-testid="user-row">
            <Th scope="row" className="font-medium text-ink">
              <span className="inline-flex items-center gap-2">
                <Link href={`/admin/users/${encodeURIComponent(u.user_id)}`} className="text-accent-ink hover:underline" data-testid="user-link">
                  {u.full_name ?? <span className="font-normal text-ink-subtle">No name</span>}
                </Link>
                {u.role === "admin" ? <Badge tone="brand">Admin</Badge> : null}
              </span>
            </Th>
            <Td className="text-ink-muted">{u.email ?? dash}</Td>
            <Td>
              <code className="font-mono text-xs text-ink-muted">{u.user_id}</code>
            </Td>
            <Td>{u.career_level ? (CAREER_LEVEL_LABELS[u.career_level] ?? u.career_level) : dash}</Td>
            <Td className="text-right tabular-nums">{u.has_profile && u.years_of_experience !== null ? numberFormat.format(u.years_of_experience) : dash}</Td>
            <Td className="text-right tabular-nums">{u.has_profile ? numberFormat.format(u.skills_count) : dash}</Td>
            <Td>{u.has_profile ? <When iso={u.last_resume_upload} withTime /> : <span className="text-ink-subtle">No profile</span>}</Td>
            <Td className="text-right tabular-nums" data-testid="user-matches">{u.has_profile ? numberFormat.format(u.matches_stored) : dash}</Td>
            <Td>
              <When iso={u.last_digest_sent} withTime />
            </Td>
            <Td className="text-right tabular-nums" title={`${u.digests_opened} opened and ${u.digests_clicked} clicked of ${u.digests_sent} sent`}>
              {u.digests_sent ? `${u.digests_opened} / ${u.digests_clicked} of ${u.digests_sent}` : dash}
            </Td>
            <Td>{u.email_status ? <Badge tone={STATUS[u.email_status]?.tone ?? "neutral"}>{STATUS[u.email_status]?.label ?? u.email_status}</Badge> : dash}</Td>
            <Td>
              <When iso={u.created_at} />
            </Td>
            <Td>{u.has_account ? <Badge tone="success">Yes</Badge> : <Badge>No</Badge>}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
