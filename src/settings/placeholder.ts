// Template values and unexpanded variables, read by the env checks and the config lint alike.

/** Values people leave in from templates, or variables that were never expanded. */
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|your[\s\w.-]*|my[\w-]*pass(?:word)?|pass(?:word)?\d*|passwd|changeme|change[-_ ]?me|secret|todo|tbd|fixme|example|test|dummy|placeholder|123456\d*|<[^>]*>|\[[^\]]*\]|\$\{\{.*\}\}|\$\{?\w+\}?|\{\{.*\}\}|%\w+%|null|undefined|none|auth[-_ ]?code|app[-_ ]?password|授权码.*|密码.*|你的.*)$/i;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}
