import { expect, test } from '@playwright/test'
import { CENTRAL_ADMIN_TOKEN, centralPort, syncTerminalPort } from '../playwright.config'
import { DEMO_STAFF_PASSWORD, openAdminTab, screenshot, signInAsAdmin } from './support/terminals'

const CENTRAL = `http://127.0.0.1:${centralPort}`
const ENROLLED_ADMIN_PASSWORD = 'Enrol@2026b'

test.use({ baseURL: `http://127.0.0.1:${syncTerminalPort}` })

test('an admin enrols the terminal with a one-time code and watches the first sync complete; the fleet view shows it', async ({ page, request }) => {
  const issued = await request.post(`${CENTRAL}/v1/admin/enrolment-codes`, {
    headers: { authorization: `Bearer ${CENTRAL_ADMIN_TOKEN}` },
    data: { officeCode: '370100', mode: 'counter', name: '历下窗口3' }
  })
  expect(issued.ok()).toBe(true)
  const { code } = (await issued.json()) as { code: string }

  await signInAsAdmin(page)
  await openAdminTab(page, 'sync')

  // A wrong code is refused with the rule named, and nothing changes.
  await page.getByTestId('sync-enrol-url').fill(CENTRAL)
  await page.getByTestId('sync-enrol-code').fill('WRONGCODE9')
  // The published demo password cannot stay on an enrolled terminal: refused by name, nothing sent.
  await page.getByTestId('sync-enrol-password').fill(DEMO_STAFF_PASSWORD)
  await page.getByTestId('sync-enrol-password-confirm').fill(DEMO_STAFF_PASSWORD)
  await page.getByTestId('sync-enrol-submit').click()
  await expect(page.getByText('不能沿用演示密码，请设置新密码')).toBeVisible()
  await screenshot(page, 'sync-enrol-demo-password')
  await page.getByTestId('sync-enrol-password').fill(ENROLLED_ADMIN_PASSWORD)
  await page.getByTestId('sync-enrol-password-confirm').fill(ENROLLED_ADMIN_PASSWORD)
  await page.getByTestId('sync-enrol-submit').click()
  await expect(page.getByText('登记码无效、已使用或已过期')).toBeVisible()

  await page.getByTestId('sync-enrol-code').fill(code)
  await page.getByTestId('sync-enrol-submit').click()
  // The first sync (snapshot of the province and the office) completes on its own.
  await expect(page.getByTestId('sync-state')).toContainText('在线', { timeout: 60_000 })
  await expect(page.getByTestId('sync-queue-depth')).toContainText('0')
  await expect(page.getByTestId('sync-last-sync')).not.toHaveText(/^\s*[—-]?\s*$/)
  await expect(page.getByTestId('sync-partitions')).toContainText('370100')
  await screenshot(page, 'sync-enrolled')

  // The central service's fleet view lists this terminal online, with its queue and clock figures.
  const fleet = await request.get(`${CENTRAL}/v1/admin/fleet`, { headers: { authorization: `Bearer ${CENTRAL_ADMIN_TOKEN}` } })
  const terminals = ((await fleet.json()) as { terminals: { name: string; online: boolean; queueDepth: number }[] }).terminals
  expect(terminals).toContainEqual(expect.objectContaining({ name: '历下窗口3', online: true, queueDepth: 0 }))

  // "Sync now" runs a cycle on demand.
  await page.getByTestId('sync-now').click()
  await expect(page.getByTestId('sync-state')).toContainText('在线')

  // The administrator now signs in with the password set at enrolment; the demo one is gone.
  await page.getByTestId('sign-out').click()
  await page.getByTestId('header-sign-in').click()
  await page.getByTestId('sign-in-staff-username').fill('admin')
  await page.getByTestId('sign-in-staff-password').fill(DEMO_STAFF_PASSWORD)
  await page.getByTestId('sign-in-staff-submit').click()
  await expect(page.getByTestId('error-notice')).toHaveAttribute('data-rule', 'AUTH_BAD_CREDENTIALS')
  await page.getByTestId('sign-in-staff-password').fill(ENROLLED_ADMIN_PASSWORD)
  await page.getByTestId('sign-in-staff-submit').click()
  await expect(page.getByTestId('page-admin')).toBeVisible()
})
