/** One column of a listing: its header and how to get a cell from a record. */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | undefined;
}

/** Records plus what the text formats need; json ignores the columns and prints the records. */
export interface Listing<T> {
  records: T[];
  columns: Column<T>[];
  /** Columns for people at a terminal, where they differ (dates as `25–27 Jan`). */
  tableColumns?: Column<T>[];
  /** Splits the table into sections under a heading, such as one per week. */
  groupBy?: (record: T) => string;
  /** A record's note (a doubt about the source): tables show it as a numbered footnote. */
  note?: (record: T) => string | undefined;
}

export function cells<T>(records: T[], columns: Column<T>[]): (string | number | undefined)[][] {
  return records.map((r) => columns.map((c) => c.value(r)));
}
