/** The records (or a command's figures) with the data format's own field names, for jq and scripts. */
export function toJson(records: unknown): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
