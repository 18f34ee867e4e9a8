/** One column of a listing: its header and how to get a cell from a record. */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | undefined;
}

/** Records plus what the text formats need; json ignores the columns and prints the records. */
export interface Listing<T> {
  records: T[];
  columns: Column<T>[];
}

export function cells<T>(listing: Listing<T>): (string | number | undefined)[][] {
  return listing.records.map((r) => listing.columns.map((c) => c.value(r)));
}
