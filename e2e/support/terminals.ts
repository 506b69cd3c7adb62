import { expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { kioskPort } from '../../playwright.config'
import { openApp } from './app'

/** The kiosk terminal; the counter is the config's baseURL. */
export const KIOSK_URL = `http://127.0.0.1:${kioskPort}/`

/** Demo terminals create these staff accounts. */
export const DEMO_STAFF_PASSWORD = 'Demo@2025a'

const SCREENSHOTS = 'test-results/screenshots'

/** Kiosk screens are large landscape panels, read standing. */
export async function openKiosk(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await openApp(page, KIOSK_URL)
  await expect(page.locator('html')).toHaveClass(/mode-kiosk/)
}

/** Open the terminal (the page's baseURL) and sign in as the demo admin; lands on the admin page. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await openApp(page)
  await page.getByTestId('header-sign-in').click()
  await page.getByTestId('sign-in-staff-username').fill('admin')
  await page.getByTestId('sign-in-staff-password').fill(DEMO_STAFF_PASSWORD)
  await page.getByTestId('sign-in-staff-submit').click()
  await expect(page.getByTestId('page-admin')).toBeVisible()
}

/** Open one panel of the admin page (sync, staff, exam-plans, calendar, audit). */
export async function openAdminTab(page: Page, name: 'sync' | 'staff' | 'exam-plans' | 'calendar' | 'audit'): Promise<void> {
  await page.getByTestId(`admin-tab-${name}`).click()
  await expect(page.locator(`#tab-${name}`)).toHaveAttribute('aria-selected', 'true')
}

/** A full-page picture from the top, so the sticky demo banner sits where a user sees it. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true, animations: 'disabled' })
}

/** Places a citizen's ID card on the simulated reader through the demo device panel. */
export async function placeCardOnReader(page: Page, idNumber: string): Promise<void> {
  await page.getByTestId('device-sim-open').click()
  const simulator = page.getByTestId('device-sim')
  await expect(simulator).toBeVisible()
  await simulator.getByTestId('sim-id-input').fill(idNumber)
  await simulator.getByTestId('sim-place').click()
  await expect(simulator.getByTestId('card-reader-state')).toHaveAttribute('data-state', 'card_present')
  await page.getByTestId('device-sim-open').click()
  await expect(simulator).toBeHidden()
}

/** Counter: the clerk signs in from the header and lands on the counter screen. */
export async function signInAsClerk(page: Page): Promise<void> {
  await openApp(page)
  await page.getByTestId('header-sign-in').click()
  await expect(page.getByTestId('page-sign-in')).toBeVisible()
  // The counter opens on staff sign-in with the user name focused; Tab and Enter do the rest.
  await expect(page.getByTestId('sign-in-staff-username')).toBeFocused()
  await page.keyboard.type('clerk')
  await page.keyboard.press('Tab')
  await page.keyboard.type(DEMO_STAFF_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('page-counter')).toBeVisible()
}

/** Counter: find a citizen by a plate and start serving them after inspecting their ID card. */
export async function serveByPlate(page: Page, plate: string, citizenId: string): Promise<void> {
  await page.getByTestId('counter-search').fill(plate)
  await page.getByTestId('counter-search').press('Enter')
  const row = page.getByTestId(`counter-result-${citizenId}`)
  await expect(row).toBeVisible()
  await row.getByTestId(`counter-serve-${citizenId}`).click()
  await page.getByTestId('verify-inspected').click()
  await expect(page.getByTestId('page-me')).toBeVisible()
}
