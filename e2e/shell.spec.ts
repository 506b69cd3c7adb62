import { expect, test } from '@playwright/test'
import { openApp, SECTIONS } from './support/app'

test('the seven sections show in Chinese and every one opens', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  for (const section of SECTIONS) {
    const link = page.getByTestId(`nav-${section.key}`)
    await expect(link).toContainText(section.zh)
  }
  for (const section of SECTIONS.slice(1)) {
    await page.getByTestId(`nav-${section.key}`).click()
    await expect(page.getByTestId(`nav-${section.key}`)).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('main h1')).toContainText(section.zh)
  }
})

test('home shows real facts from main and says it is a demo terminal', async ({ page }, testInfo) => {
  await openApp(page)
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await expect(page.getByTestId('fact-mode')).toContainText('柜台')
  await expect(page.getByTestId('fact-office')).toContainText('济南市')
  await expect(page.getByTestId('fact-sync')).toContainText('从未同步')
  // The first start loaded the demo set: the count is the database's, not a fixed number.
  const info = await page.evaluate(async () => {
    const response = await fetch('/rpc/system.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    return (await response.json()) as { ok: boolean; value: { counts: { violations: number } } }
  })
  expect(info.ok).toBe(true)
  expect(info.value.counts.violations).toBeGreaterThan(0)
  await expect(page.getByTestId('fact-violations')).toContainText(info.value.counts.violations.toLocaleString('zh-CN'))
  await page.screenshot({ path: testInfo.outputPath('home-zh-CN.png'), fullPage: true })
  await page.screenshot({ path: 'test-results/screenshots/home-zh-CN.png', fullPage: true })
})

test('switching to English changes the whole shell and persists', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('locale-switch').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  for (const section of SECTIONS) await expect(page.getByTestId(`nav-${section.key}`)).toContainText(section.en)
  await expect(page.getByTestId('fact-sync')).toContainText(/never/i)
  await page.screenshot({ path: 'test-results/screenshots/home-en.png', fullPage: true })
  await page.reload()
  await expect(page.locator('html[data-app-state="loaded"]')).toBeAttached()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the counter is usable by keyboard alone', async ({ page }) => {
  await openApp(page)
  const business = page.getByTestId('nav-business')
  await business.focus()
  await page.keyboard.press('Enter')
  await expect(business).toHaveAttribute('aria-current', 'page')
})
