export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The most common leaked passwords that satisfy the length rule (from the
 * public top-password lists). A short list on purpose: it stops the guesses a
 * brute-forcer tries first without a large download.
 */
const COMMON_PASSWORDS = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "87654321", "11111111", "00000000", "11223344",
  "12341234", "123123123", "1q2w3e4r", "1qaz2wsx", "qwertyui", "qwerty123", "qwertyuiop", "asdfghjk",
  "asdfasdf", "zxcvbnm1", "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd",
  "p@ssword", "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball", "whatever",
  "trustno1", "superman", "starwars", "welcome1", "welcome123", "letmein1", "abcd1234", "abc12345",
  "abcdefgh", "aa123456", "a1234567", "q1w2e3r4", "monkey123", "dragon123", "computer", "internet",
  "changeme", "default1", "jobmatch", "jobmatch1", "jobmatch123", "student1", "student123", "qwerty12",
]);

/** A sentence for the student, or null when the password is acceptable. */
export function passwordProblem(password: unknown, email?: unknown): string | null {
  if (typeof password !== "string") return null; // better-auth's own schema answers a missing password
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return null; // its own messages
  const normalised = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(normalised)) {
    return "This password is one of the most common ones and easy to guess. Choose a less predictable password.";
  }
  if (typeof email === "string" && email.length > 0) {
    const address = email.trim().toLowerCase();
    if (normalised === address || normalised === address.split("@")[0]) {
      return "Your password can't be your email address. Choose something else.";
    }
  }
  return null;
}
