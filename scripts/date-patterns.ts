// Regular expressions (unanchored, for JSON Schema `pattern`) that admit only dates in the
// Gregorian calendar, as isRealDate in src/model/dates.ts does: JSON Schema has no calendar, but a
// pattern can spell out the days of each month and the leap years. Years 0000-0099 follow
// JavaScript's Date, which reads them as 1900-1999: 0000 is no leap year.
const LEAP_YEAR = String.raw`\d\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00`;
const MONTH_DAY = String.raw`(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])`;

export const DAY = String.raw`\d{4}-(?:${MONTH_DAY})|(?:${LEAP_YEAR})-02-29`;
export const MONTH = String.raw`\d{4}-(?:0[1-9]|1[0-2])`;
export const YEAR = String.raw`\d{4}`;
