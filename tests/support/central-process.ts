import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface CentralProcessOptions {
  dataDir: string
  adminToken: string
  demoSize: number
  databaseUrl?: string
}

/** A free TCP port on 127.0.0.1, so a restarted central service comes back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * The central service as a real child process (`npm run central`), so the simulation can kill
 * it with SIGKILL — no clean-up, no flush — and start it again on the same data.
 */
export class CentralProcess {
  private child: ChildProcess | null = null
  readonly url: string
  output = ''

  constructor(
    private readonly options: CentralProcessOptions,
    private readonly port: number
  ) {
    this.url = `http://127.0.0.1:${port}`
  }

  async start(): Promise<void> {
    // `--name=value`: a random base64url token may start with '-', which parseArgs would read as an option.
    const args = ['--import', 'tsx', 'central/cli.ts', `--port=${this.port}`, `--data-dir=${this.options.dataDir}`, `--admin-token=${this.options.adminToken}`, `--demo-size=${this.options.demoSize}`]
    if (this.options.databaseUrl) args.push(`--database-url=${this.options.databaseUrl}`)
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CENTRAL_DATABASE_URL: '' } })
    this.child = child
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`central service exited (${child.exitCode}):\n${this.output}`)
      try {
        const answer = await fetch(`${this.url}/v1/health`)
        if (answer.ok) return
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`central service did not start:\n${this.output}`)
  }

  /** SIGKILL: the process ends wherever it is, mid-transaction or not. */
  async kill(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    this.child = null
  }

  async stop(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    this.child = null
  }
}
