// Small text helpers shared by checks and reporters.

/** A number with one decimal at most (seconds in reports). */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** At most `max` characters, with an ellipsis when cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
