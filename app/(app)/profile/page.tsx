import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Profile" };

export default function ProfilePage() {
  return (
    <>
      <PageHeader
        title="Profile"
        testId="page-profile"
        description="What JobMatch knows about you — skills, education, experience and the roles you want. Every match is scored against it."
      />
      <EmptyState icon={<UploadIcon />} title="Upload your resume to build your profile">
        <p>
          JobMatch reads your resume (PDF, Word or plain text) and turns it into a structured profile you can check
          and edit. Matching starts as soon as your profile is saved.
        </p>
      </EmptyState>
    </>
  );
}
