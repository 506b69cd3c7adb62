import { session, type BrowserWindow, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../web/server'
import { isAppUrl } from './origin'

/** Keys a kiosk must swallow: reload, devtools, print, close, zoom, fullscreen toggles. */
function isBlockedShortcut(input: Electron.Input): boolean {
  const key = input.key.toLowerCase()
  const mod = input.control || input.meta
  if (['f5', 'f11', 'f12'].includes(key)) return true
  if (mod && ['r', 'p', 'w', 'q', 'n', 't', '+', '-', '=', '0'].includes(key)) return true
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true
  if (input.alt && key === 'f4') return true
  return false
}

/** Session-wide rules: CSP on every response, deny every permission the app does not use. */
export function hardenSession(): void {
  const ses = session.defaultSession
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  // The terminal uses no camera, microphone, geolocation, notifications or clipboard reads.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.on('will-download', (event) => event.preventDefault())
}

/** Per-window rules: no new windows, no navigation off the app, kiosk shortcuts filtered. */
export function hardenWindow(window: BrowserWindow, options: { kiosk: boolean; devServerUrl: string | undefined }): void {
  const contents: WebContents = window.webContents
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, options.devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  if (options.kiosk) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault()
    })
    contents.on('context-menu', (event) => event.preventDefault())
    void contents.setVisualZoomLevelLimits(1, 1)
  }
}
