import { expect, type Page } from '@playwright/test'

/** Open the app and wait for the renderer's explicit loaded marker, never a fixed delay. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.locator('html[data-app-state="loaded"]')).toBeAttached()
}

export const SECTIONS = [
  { key: 'home', zh: '首页', en: 'Home' },
  { key: 'business', zh: '业务办理', en: 'Business' },
  { key: 'navigation', zh: '服务导航', en: 'Service navigation' },
  { key: 'announcements', zh: '公告公布', en: 'Announcements' },
  { key: 'query', zh: '信息查询', en: 'Information query' },
  { key: 'app-download', zh: 'APP下载', en: 'App download' },
  { key: 'guide', zh: '办事指南', en: 'Service guide' }
] as const
