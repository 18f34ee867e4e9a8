/** The records with the data format's own field names, for jq and scripts. */
export function toJson(records: unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
