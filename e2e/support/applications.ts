import { expect, type Locator, type Page } from '@playwright/test'
import { openApp } from './app'
import { screenshot } from './terminals'

/**
 * 柜台 → 业务办结: opens the issuing screen and returns the row of application `number`, checked
 * to be for `subject` ('licence' shows 驾驶证, 'vehicle' 机动车) with its file number or plate.
 */
export async function pendingRow(page: Page, number: string, subject: 'licence' | 'vehicle', label: string): Promise<Locator> {
  await openApp(page, '/#/counter')
  await page.getByTestId('counter-go-applications').click()
  await expect(page.getByTestId('page-counter-applications')).toBeVisible()
  const row = page.getByTestId(`application-pending-${number}`)
  await expect(row).toBeVisible()
  await expect(row).toHaveAttribute('data-subject', subject)
  await expect(row.getByTestId('application-pending-subject')).toHaveText(subject === 'licence' ? '驾驶证' : '机动车')
  await expect(row.getByTestId('application-pending-label')).toHaveText(label)
  return row
}

/** 办结 from the row, typing `note` from the keyboard; the dialog states the effect first. */
export async function issueFromRow(page: Page, row: Locator, effect: string, note: string, shot: string): Promise<void> {
  await row.getByTestId('application-pending-complete').click()
  const decide = page.getByTestId('application-decide-dialog')
  await expect(decide).toHaveAttribute('data-decision', 'complete')
  await expect(decide.getByTestId('application-decide-effect')).toContainText(effect)
  await expect(decide.getByTestId('application-decide-note')).toBeFocused()
  await page.keyboard.type(note)
  await screenshot(page, shot)
  await decide.getByTestId('application-decide-submit').click()
  await expect(decide).toBeHidden()
  await expect(row).toHaveCount(0)
}

/** Back on the applicant's page (`path`): the application reads 已办结 with the counter's note. */
export async function expectIssued(page: Page, path: string, application: Locator, note: string): Promise<void> {
  await openApp(page, path)
  await expect(application).toHaveAttribute('data-state', 'completed')
  await expect(application.getByTestId('application-state')).toHaveText('已办结')
  await expect(application.getByTestId('application-decision')).toContainText(note)
}

/** A service tile refused today: its rule shown by code and in words, and its apply button disabled. */
export async function expectRefusedTile(tile: Locator, screen: 'licence' | 'vehicle', kind: string, rule: string, text: string): Promise<void> {
  const refused = tile.getByTestId(`${screen}-service-refused-${kind}`)
  await expect(tile).toHaveAttribute('data-ok', 'false')
  await expect(refused).toHaveAttribute('data-rule', rule)
  await expect(refused).toContainText(text)
  await expect(tile.getByTestId(`${screen}-service-rule-${kind}`)).toHaveText(`规则：${rule}`)
  await expect(tile.getByTestId(`${screen}-service-apply-${kind}`)).toBeDisabled()
}
