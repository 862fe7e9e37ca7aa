import type { SVGProps } from "react";

/** Inline stroke icons (24px grid, currentColor). Decorative by default. */
type IconProps = SVGProps<SVGSVGElement>;

function icon(paths: string[], name: string) {
  function Icon({ className = "size-5", ...rest }: IconProps) {
    return (
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className}
        {...rest}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

export const UserIcon = icon(["M20 21a8 8 0 0 0-16 0", "M12 13a5 5 0 1 0 0-10 5 5 0 0 0 0 10Z"], "UserIcon");
export const TargetIcon = icon(
  ["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z", "M12 18a6 6 0 1 0 0-12 6 6 0 0 0 0 12Z", "M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"],
  "TargetIcon",
);
export const MailIcon = icon(["M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z", "m3 7 9 6 9-6"], "MailIcon");
export const SettingsIcon = icon(
  ["M4 21v-7", "M4 10V3", "M12 21v-9", "M12 8V3", "M20 21v-5", "M20 12V3", "M1 14h6", "M9 8h6", "M17 16h6"],
  "SettingsIcon",
);
export const UsersIcon = icon(
  ["M16 21a6 6 0 0 0-12 0", "M10 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z", "M22 21a6 6 0 0 0-4-5.6", "M16 4.2a4 4 0 0 1 0 7.6"],
  "UsersIcon",
);
export const RssIcon = icon(["M4 11a9 9 0 0 1 9 9", "M4 4a16 16 0 0 1 16 16", "M5 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"], "RssIcon");
export const ChartIcon = icon(["M3 3v18h18", "M7 15l4-4 3 3 5-6"], "ChartIcon");
export const SendIcon = icon(["M22 2 11 13", "M22 2 15 22l-4-9-9-4 20-7Z"], "SendIcon");
export const MenuIcon = icon(["M4 6h16", "M4 12h16", "M4 18h16"], "MenuIcon");
export const CloseIcon = icon(["M18 6 6 18", "M6 6l12 12"], "CloseIcon");
export const ArrowRightIcon = icon(["M5 12h14", "m13 6 6 6-6 6"], "ArrowRightIcon");
export const UploadIcon = icon(["M12 15V3", "m7 8 5-5 5 5", "M20 15v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-4"], "UploadIcon");
export const FileIcon = icon(["M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9l-6-6Z", "M14 3v6h6", "M8 13h8", "M8 17h5"], "FileIcon");
export const ClockIcon = icon(["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z", "M12 6v6l4 2"], "ClockIcon");
export const SparklesIcon = icon(
  ["M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9L12 3Z", "M19 16l.8 2.2L22 19l-2.2.8L19 22l-.8-2.2L16 19l2.2-.8L19 16Z"],
  "SparklesIcon",
);
export const CheckIcon = icon(["M20 6 9 17l-5-5"], "CheckIcon");
export const LockIcon = icon(["M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1Z", "M8 11V7a4 4 0 1 1 8 0v4"], "LockIcon");
export const CodeIcon = icon(["m16 18 6-6-6-6", "m8 6-6 6 6 6"], "CodeIcon");
export const SearchIcon = icon(["M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16Z", "m21 21-4.3-4.3"], "SearchIcon");
export const LogOutIcon = icon(["M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4", "m16 17 5-5-5-5", "M21 12H9"], "LogOutIcon");
export const RefreshIcon = icon(["M21 12a9 9 0 1 1-2.6-6.4L21 8", "M21 3v5h-5"], "RefreshIcon");
export const CompassIcon = icon(["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z", "m16.2 7.8-2.1 6.3-6.3 2.1 2.1-6.3 6.3-2.1Z"], "CompassIcon");
