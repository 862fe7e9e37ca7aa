import type { Metadata } from "next";
import { requireUser } from "@/components/app-shell/require-user";
import { ProfileWorkspace } from "@/components/profile/profile-workspace";
import { PageHeader } from "@/components/ui/page-header";
import { getProfileByUserId } from "@/db/queries/profiles";
import { getEnv } from "@/lib/env";
import { toProfileResponse } from "@/lib/profiles/serialize";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  const row = await getProfileByUserId(user.userId);
  return (
    <>
      <PageHeader
        title="Profile"
        testId="page-profile"
        description="What JobMatch knows about you — skills, education, experience and the roles you want. Every match is scored against it."
      />
      <ProfileWorkspace userId={user.userId} profile={row ? toProfileResponse(row) : null} maxUploadMb={getEnv().MAX_UPLOAD_MB} />
    </>
  );
}
