import { describe, expect, it } from "vitest";
import { annualise, parseSalary } from "./salary";

describe("parseSalary (salary field)", () => {
  it.each([
    ["$90k–$110k", [90000, 110000, "USD", "year"]],
    ["$90,000 - $110,000 a year", [90000, 110000, "USD", "year"]],
    ["90,000–110,000 USD/year", [90000, 110000, "USD", "year"]],
    ["€55k", [55000, 55000, "EUR", "year"]],
    ["£40,000 per annum", [40000, 40000, "GBP", "year"]],
    ["$45/hr", [45, 45, "USD", "hour"]],
    ["$25 - $30 per hour", [25, 30, "USD", "hour"]],
    ["USD 120K+", [120000, null, "USD", "year"]],
    ["Up to $80,000", [null, 80000, "USD", "year"]],
    ["$8,000/month", [8000, 8000, "USD", "month"]],
    ["₹12 LPA", [1200000, 1200000, "INR", "year"]],
    ["₹18-24 LPA", [1800000, 2400000, "INR", "year"]],
    ["CA$85,000 – CA$100,000", [85000, 100000, "CAD", "year"]],
    ["$90-110k", [90000, 110000, "USD", "year"]],
    ["€45.000 - €55.000 brutto/Jahr", [45000, 55000, "EUR", "year"]],
    ["CHF 110,000 – 130,000", [110000, 130000, "CHF", "year"]],
    ["€600/day", [600, 600, "EUR", "day"]],
    ["$1,200 per week", [1200, 1200, "USD", "week"]],
    ["$130,000 - $160,000 + equity", [130000, 160000, "USD", "year"]],
  ] as const)("%s", (text, [min, max, currency, period]) => {
    expect(parseSalary(text)).toEqual({ min, max, currency, period });
  });

  it.each(["competitive", "DOE", "Competitive + 401(k)", "Negotiable", ""])("%j → none", (text) => {
    expect(parseSalary(text)).toBeNull();
  });

  it("reads $ as the local dollar when the job is in Canada", () => {
    expect(parseSalary("$24/hour", { countryHint: "CA" })?.currency).toBe("CAD");
  });
});

describe("parseSalary (in a description)", () => {
  it("skips funding, budgets and 401(k) and finds the pay line", () => {
    const text = "We raised $20M in our Series A.\nA learning budget of $1,500 per year.\n401(k) with 4% match.\nThe base salary range for this role is $120,000 to $140,000.";
    expect(parseSalary(text, { strict: true })).toEqual({ min: 120000, max: 140000, currency: "USD", period: "year" });
  });

  it("keeps the period on the salary's own line", () => {
    expect(parseSalary("- Home office stipend\nSalary: $85K - $95K", { strict: true })?.period).toBe("year");
  });

  it("ignores bare numbers and other currencies of context", () => {
    expect(parseSalary("Serve 10,000 customers with a $5 million budget over 3 years", { strict: true })).toBeNull();
    expect(parseSalary("Proficiency in 3D CAD.\nPay: $80k-$95k", { strict: true })?.currency).toBe("USD");
  });
});

describe("annualise", () => {
  it.each([
    [{ min: 25, max: 30, currency: "USD", period: "hour" as const }, [52000, 62400]],
    [{ min: 8000, max: 8000, currency: "USD", period: "month" as const }, [96000, 96000]],
    [{ min: 600, max: null, currency: "EUR", period: "day" as const }, [156000, null]],
    [{ min: 90000, max: 110000, currency: "USD", period: "year" as const }, [90000, 110000]],
  ])("%j", (salary, [min, max]) => {
    expect(annualise(salary)).toEqual({ min, max });
  });
});
