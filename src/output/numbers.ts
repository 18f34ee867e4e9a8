/** The languages numbers are written in; the catalogue's languages once it exists. */
export type NumberLanguage = 'en' | 'nb';

const STYLE: Record<NumberLanguage, { group: string; decimal: string; minus: string }> = {
  en: { group: ',', decimal: '.', minus: '-' },
  // As Intl.NumberFormat('nb') writes them, without loading ICU's locale data on every run.
  nb: { group: '\u00a0', decimal: ',', minus: '\u2212' },
};

/** `151,879` in English, `151 879` (a no-break space) in Norwegian. */
export function groupDigits(n: number, language: NumberLanguage = 'en'): string {
  const style = STYLE[language];
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const sign = n < 0 ? style.minus : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${style.decimal}${fraction}`;
}
