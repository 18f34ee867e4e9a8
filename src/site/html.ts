// Every value that reaches a page passes through here: interpolations into `html` are escaped
// unless they are Html already, so a title holding <script> shows as text.

/** Markup that is already safe: made only by `html` and `raw`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Part = Html | string | number | undefined | null | false | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** A template of markup whose every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i] as Part) : ''), ''));
}

/** Markup made by this program (the map's SVG), never from data. */
export const raw = (text: string) => new Html(text);

/** Only web and mail addresses become links: `javascript:` and the like do not. */
export function safeUrl(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** A link to an outside address, or the text alone when the address is not a safe one. */
export function outLink(url: string | undefined, text: Part): Html {
  const href = url && safeUrl(url);
  return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}
