/**
 * The renderer is served from a privileged custom scheme, so it has a real origin
 * (`app://terminal`) that IPC and navigation checks can compare against; file:// pages
 * would all share the opaque origin "null".
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'terminal'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** True when `url` belongs to the app itself: its scheme, or the dev server in development. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin
  return false
}
