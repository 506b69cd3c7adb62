import type { RpcResult } from '../../src-shared/contract'
import type { TerminalApp } from '../app/app'
import type { Session } from '../core/session'
import { isAppUrl } from './origin'

/** The parts of an IPC invoke event the sender check needs (Electron's event has them all). */
export interface IpcCallOrigin {
  readonly sender: unknown
  readonly senderFrame: { readonly url: string } | null
}

export interface IpcWindowFacts {
  readonly webContents: unknown
  readonly mainFrame: unknown
}

/**
 * The IPC transport's logic, free of Electron so it is tested in plain Node: a call is
 * answered only when it comes from the window's own top frame showing an app page.
 */
export function createIpcRpcHandler(
  app: Pick<TerminalApp, 'dispatcher'>,
  window: IpcWindowFacts,
  session: () => Session,
  devServerUrl: string | undefined
): (event: IpcCallOrigin, method: unknown, input: unknown) => Promise<RpcResult<unknown>> {
  return async (event, method, input) => {
    const frame = event.senderFrame
    const fromApp = frame !== null && event.sender === window.webContents && frame === window.mainFrame && isAppUrl(frame.url, devServerUrl)
    if (!fromApp) return { ok: false, error: { code: 'FORBIDDEN', message: '调用来源不是本应用' } }
    return app.dispatcher.call(session(), String(method), input)
  }
}
