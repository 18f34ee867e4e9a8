import { cellText, type Column, type Listing } from './columns.js';

/**
 * The columns a table shows: without the --wide ones unless asked, and without those that hold
 * the same value in every row (`twin` for `intl cities`) when there is more than one row. Notes
 * are footnotes, so a column with notes is always shown.
 */
export function shownColumns<T>(listing: Listing<T>, wide: boolean): Column<T>[] {
  const all = (listing.tableColumns ?? listing.columns).filter((c) => wide || !c.wide);
  if (listing.records.length < 2) return all;
  const varying = all.filter((c) => c.note !== undefined || new Set(listing.records.map((r) => cellText(c, r))).size > 1);
  return varying.length > 0 ? varying : all;
}
