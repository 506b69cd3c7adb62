import { parseArgs } from 'node:util'
import { enrolmentCodeResponseSchema } from '../src-shared/sync/protocol'

/**
 * Print a fresh one-time enrolment code from a running central service:
 *
 *   tsx central/code-cli.ts --url http://127.0.0.1:5790 --token T --office 370100 --mode counter --name 窗口1
 *                           [--extra 370200,370300] [--valid-minutes 60]
 */
const USAGE = 'usage: tsx central/code-cli.ts --url URL --token T --office 370100 --mode counter|kiosk --name NAME [--extra CODES] [--valid-minutes N]'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:5790' },
      token: { type: 'string', default: process.env.CENTRAL_ADMIN_TOKEN },
      office: { type: 'string' },
      mode: { type: 'string', default: 'counter' },
      name: { type: 'string' },
      extra: { type: 'string' },
      'valid-minutes': { type: 'string', default: '60' }
    }
  })
  if (!values.token || !values.office || !values.name) {
    console.error(USAGE)
    process.exit(2)
  }
  const response = await fetch(`${values.url.replace(/\/$/, '')}/v1/admin/enrolment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${values.token}` },
    body: JSON.stringify({
      officeCode: values.office,
      mode: values.mode,
      name: values.name,
      extraPartitions: values.extra ? values.extra.split(',').map((code) => code.trim()) : [],
      validMinutes: Number(values['valid-minutes'])
    })
  })
  const body: unknown = await response.json()
  if (!response.ok) {
    console.error(`refused (${response.status}): ${JSON.stringify(body)}`)
    process.exit(1)
  }
  const { code, expiresAt } = enrolmentCodeResponseSchema.parse(body)
  console.log(code)
  console.error(`valid until ${expiresAt}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
