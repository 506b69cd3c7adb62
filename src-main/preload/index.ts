import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

/**
 * The whole surface the renderer gets: `invoke(method, input)` and `on(event, listener)`.
 * Raw ipcRenderer is never exposed; main checks the sender of every call as well.
 */
contextBridge.exposeInMainWorld('terminalBridge', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rpc', String(method), input),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown): void => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on('event', wrapped)
    return () => ipcRenderer.off('event', wrapped)
  }
})
