import { describe, expect, it } from "vitest";
import { findDateRanges } from "./dates";

describe("findDateRanges", () => {
  it.each([
    ["Jan 2023 - Present", "2023-01", null, true],
    ["January 2023 – Present", "2023-01", null, true],
    ["01/2022 - 05/2023", "2022-01", "2023-05", false],
    ["2021-2022", "2021-01", "2022-01", false],
    ["2020-22", "2020-01", "2022-01", false],
    ["Summer 2024", "2024-06", "2024-08", false],
    ["June 2023 to Current", "2023-06", null, true],
    ["May '24", "2024-05", "2024-05", false],
    ["Jun '24 - Present", "2024-06", null, true],
    ["Fall 2023", "2023-09", "2023-12", false],
    ["Spring 2023 - Fall 2023", "2023-01", "2023-12", false],
    ["Sept. 2019 - Aug. 2021", "2019-09", "2021-08", false],
    ["2023-05 - 2024-01", "2023-05", "2024-01", false],
    ["03/21 - 04/22", "2021-03", "2022-04", false],
    ["Engineer, Acme | Austin, TX | Mar 2020 through Dec 2021", "2020-03", "2021-12", false],
    ["01.2020 - 03.2021", "2020-01", "2021-03", false],
    ["2023.07 - 2025.07", "2023-07", "2025-07", false],
    ["Sept 2021 - présent", "2021-09", null, true],
    ["Apr. 2026 to date", "2026-04", null, true],
    ["Mar. 2022 - Present", "2022-03", null, true],
    ["1 April 2023 – present", "2023-04", null, true],
    ["15.09.2020 – 31.03.2023", "2020-09", "2023-03", false],
    ["01.10.2018 - 31.08.2020", "2018-10", "2020-08", false],
    ["09/15/2020 - 03/31/2023", "2020-09", "2023-03", false],
    ["15/09/2020 - 31/03/2023", "2020-09", "2023-03", false],
    ["April 1, 2023 - June 30th, 2024", "2023-04", "2024-06", false],
    ["Sept. 2022 – present", "2022-09", null, true],
    ["09/2021 – 06/2024", "2021-09", "2024-06", false],
    ["2021-09 – 2024-06", "2021-09", "2024-06", false],
  ])("%s", (text, start, end, current) => {
    const [range] = findDateRanges(text);
    expect(range).toMatchObject({ start, end, current });
  });

  it.each(["GPA 3.8/4.0", "GPA 3.41 / 4.00", "(555) 123-4567", "R&D budget of 300", "ISO 9001", "ISO 27001", ""])("finds nothing in %s", (text) => {
    expect(findDateRanges(text)).toEqual([]);
  });
});

describe("findDateRanges — year-only ends", () => {
  it.each([
    ["2019–21", true],
    ["2021 - 2024", true],
    ["2021 - Present", false],
    ["Jan 2021 - Jun 2024", false],
    ["Summer 2024", false],
  ])("%s", (text, yearOnly) => {
    expect(findDateRanges(text)[0].endYearOnly).toBe(yearOnly);
  });
});
