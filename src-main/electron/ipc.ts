import { ipcMain, type BrowserWindow } from 'electron'
import type { TerminalApp } from '../app/app'
import type { Session } from '../core/session'
import { createIpcRpcHandler } from './ipc-handler'

/** IPC transport over the same dispatcher as HTTP, one session per window. */
export function registerIpc(app: TerminalApp, window: BrowserWindow, devServerUrl: string | undefined): () => void {
  let session: Session = app.sessions.create('zh-CN')
  const contents = window.webContents
  const handler = createIpcRpcHandler(app, { webContents: contents, get mainFrame() { return contents.mainFrame } }, () => session, devServerUrl)
  ipcMain.handle('rpc', (event, method: unknown, input: unknown) => handler(event, method, input))

  const unsubscribe = app.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) contents.send('event', name, payload)
  })

  // A reload (crash recovery, idle reset) starts a fresh, anonymous session.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) {
      app.sessions.destroy(session.id)
      session = app.sessions.create(session.locale)
    }
  })

  return () => {
    ipcMain.removeHandler('rpc')
    unsubscribe()
    app.sessions.destroy(session.id)
  }
}
