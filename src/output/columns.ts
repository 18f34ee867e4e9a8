/** One column of a listing: its header and how to get a cell from a record. */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | undefined;
  /** Tables: right-aligned, as numbers are. */
  align?: 'right';
  /** Tables: kept on one line (dates, numbers) as long as narrowing other columns is enough. */
  nowrap?: boolean;
  /** Tables: names, or lists of names (`Odense, Tampere`), each kept on one line where it fits. */
  names?: boolean;
  /** Tables: shown only with --wide, such as the record id. */
  wide?: boolean;
  /** Tables: a note on this cell (a doubt about the source), shown as a numbered footnote. */
  note?: (record: T) => string | undefined;
}

/** Records plus what the text formats need; json ignores the columns and prints the records. */
export interface Listing<T> {
  records: T[];
  columns: Column<T>[];
  /** Columns for people at a terminal, where they differ (dates as `25–27 Jan`, no note column). */
  tableColumns?: Column<T>[];
  /** Splits the table into sections under a heading, such as one per week. */
  groupBy?: (record: T) => string;
}

export function cells<T>(records: T[], columns: Column<T>[]): (string | number | undefined)[][] {
  return records.map((r) => columns.map((c) => c.value(r)));
}

/** A cell as text, empty where the record has no value. */
export function cellText<T>(column: Column<T>, record: T): string {
  const v = column.value(record);
  return v === undefined ? '' : String(v);
}

/** The record id, in tables only with --wide (machine formats always carry it). */
export function idColumn<T extends { id: string }>(header = 'id'): Column<T> {
  return { header, value: (r) => r.id, wide: true };
}
