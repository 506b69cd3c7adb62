/**
 * For the tests that check locale texts against the params main raises a rule with: the named
 * placeholders of a text, and the text filled the way vue-i18n fills named interpolation.
 */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
}
