import { app, BrowserWindow, dialog, Menu, net, protocol } from 'electron'
import { existsSync } from 'node:fs'
import { join, normalize, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createTerminalApp, type TerminalApp } from '../app/app'
import { registerIpc } from './ipc'
import { APP_ORIGIN, APP_SCHEME } from './origin'
import { hardenSession, hardenWindow } from './security'
import { ElectronSilentPrinter } from './printer'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const rendererDir = join(__dirname, '../renderer')

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

/**
 * better-sqlite3 must be built for Electron's ABI; tests and the web shell use the Node
 * build in node_modules. `npm run native:electron` writes the Electron build here.
 */
function electronNativeBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', 'electron', 'build', 'Release', 'better_sqlite3.node')
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const { pathname } = new URL(request.url)
    const file = normalize(join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)))
    if (relative(rendererDir, file).startsWith('..')) return new Response('not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}

function createWindow(terminal: TerminalApp): BrowserWindow {
  const kiosk = terminal.terminal().mode === 'kiosk'
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#f4f6fa',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: !kiosk && !app.isPackaged
    }
  })
  hardenWindow(window, { kiosk, devServerUrl })
  const unregister = registerIpc(terminal, window, devServerUrl)
  window.on('closed', unregister)
  window.once('ready-to-show', () => window.show())
  // A crashed or hung renderer is reloaded; the reload starts a fresh session.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') window.webContents.reload()
  })
  window.on('unresponsive', () => window.webContents.reload())
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  await app.whenReady()
  const nativeBinding = electronNativeBinding()
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox('缺少数据库模块', `未找到 Electron 版 better-sqlite3：${nativeBinding}\n请先运行 npm run native:electron`)
    app.quit()
    return
  }
  let terminal: TerminalApp
  try {
    terminal = await createTerminalApp({
      dataDir: app.getPath('userData'),
      nativeBinding,
      printerFor: (receiptDir, deviceName) => new ElectronSilentPrinter(receiptDir, deviceName),
      log: (line) => console.log(line)
    })
  } catch (error) {
    dialog.showErrorBox('终端无法启动', error instanceof Error ? error.message : String(error))
    app.quit()
    return
  }
  Menu.setApplicationMenu(null)
  hardenSession()
  serveRenderer()
  let window = createWindow(terminal)

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => {
    void terminal.close().finally(() => app.quit())
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow(terminal)
  })
}

void start()
