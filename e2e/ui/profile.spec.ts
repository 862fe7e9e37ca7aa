import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { renderResumePdf } from "../../lib/resume/fixtures/render-pdf";
import { signUpOrSignIn, uniqueEmail } from "../fixtures";

const RESUME = readFileSync("lib/resume/corpus/01-software-student.txt", "utf8"); // Maya Patel: Python, Java, C++…
const PASTED = readFileSync("lib/resume/corpus/02-data-scientist-mid.txt", "utf8"); // Daniel Okafor

/** The student's profile page, seen through its data-testids. */
function profilePage(page: Page) {
  const skills = page.locator("#skills");
  return {
    chip: (name: string) => skills.getByTestId("skill-chip").filter({ hasText: new RegExp(`^${name.replace(/[+.]/g, "\\$&")}$`) }),
    addSkill: async (category: string, name: string) => {
      await page.getByTestId(`skill-add-${category}`).fill(name);
      await page.getByTestId(`skill-add-${category}`).press("Enter");
    },
    saveSkills: async () => {
      await page.getByTestId("profile-save-skills").click();
      await expect(skills.getByTestId("profile-saved")).toBeVisible();
    },
  };
}

async function writeTmp(name: string, bytes: Uint8Array | Buffer) {
  mkdirSync("test-results", { recursive: true });
  const path = `test-results/${name}`;
  writeFileSync(path, bytes);
  return path;
}

test("a student uploads a PDF resume, edits skills, and the edit persists", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("profile"), "Maya Patel");
  await page.goto("/profile");
  await expect(page.getByTestId("page-profile")).toBeVisible();

  const [header, ...rest] = RESUME.split(/\n\s*\n/);
  const pdf = await writeTmp("tmp-resume.pdf", await renderResumePdf({ header, body: rest.join("\n\n") }));
  await page.getByTestId("resume-file-input").setInputFiles(pdf);
  await expect(page.getByTestId("resume-dropzone")).toContainText("tmp-resume.pdf");
  await page.getByTestId("resume-submit").click();
  await expect(page.getByTestId("resume-status")).not.toBeEmpty();

  await expect(page.getByTestId("resume-success")).toContainText("Your profile is ready", { timeout: 30_000 });
  const profile = profilePage(page);
  await expect(page.getByLabel("Full name")).toHaveValue("Maya Patel");
  await expect(profile.chip("Python")).toBeVisible();
  await expect(profile.chip("Java")).toBeVisible();
  await expect(page.getByTestId("insights-source")).toHaveText("From your resume");
  await page.screenshot({ path: "test-results/profile.png", fullPage: true });

  // Remove Java, add Rust, save just the skills.
  await page.getByRole("button", { name: "Remove Java", exact: true }).click();
  await expect(profile.chip("Java")).toHaveCount(0);
  await profile.addSkill("programming_languages", "Rust");
  await expect(profile.chip("Rust")).toBeVisible();
  await profile.saveSkills();

  await page.reload();
  await expect(profile.chip("Rust")).toBeVisible();
  await expect(profile.chip("Java")).toHaveCount(0);
  await expect(profile.chip("Python")).toBeVisible();
  // Hand-edited fields are marked.
  await expect(page.locator("#skills").getByText("edited", { exact: true })).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(profile.chip("Rust")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/profile-mobile.png", fullPage: true });
});

test("a student pastes resume text instead of uploading a file", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("paste"), "Daniel Okafor");
  await page.goto("/profile");
  await page.getByTestId("resume-paste-tab").click();
  await page.getByTestId("resume-text").fill(PASTED);
  await expect(page.getByText(`${PASTED.length.toLocaleString("en-US")} / 50,000 characters`)).toBeVisible();
  await page.getByTestId("resume-submit").click();
  await expect(page.getByTestId("resume-success")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Full name")).toHaveValue("Daniel Okafor");
  await expect(profilePage(page).chip("Python")).toBeVisible();
});

test("a file that is not a resume shows the server's message", async ({ page }) => {
  await signUpOrSignIn(page, uniqueEmail("badfile"), "Exe Student");
  await page.goto("/profile");
  // A Windows executable renamed to .pdf: the client lets it through, the server checks the bytes.
  const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2048, 0x41)]);
  await page.getByTestId("resume-file-input").setInputFiles(await writeTmp("tmp-setup.pdf", exe));
  await page.getByTestId("resume-submit").click();
  const error = page.getByTestId("resume-error");
  await expect(error).toContainText("We can read PDF, Word (.docx) and plain-text (.txt) resumes");
  await expect(error).toContainText("we check its contents, not its name");
  await expect(page.getByTestId("resume-submit")).toBeEnabled();

  // The client refuses an obviously wrong file before sending it.
  await page.getByTestId("resume-file-input").setInputFiles(await writeTmp("tmp-setup.exe", exe));
  await expect(error).toContainText("isn't a PDF, Word (.docx) or plain-text (.txt) file");
});
