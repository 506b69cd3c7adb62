import { describe, expect, it } from 'vitest'
import { licenceFileNumberSchema, mobileSchema, plateSchema, residentIdSchema, shandongPlateSchema, usccSchema, vinSchema } from './zod'

describe('identifier zod schemas', () => {
  it('output the normalised value', () => {
    expect(residentIdSchema.parse(' 11010519491231002x')).toBe('11010519491231002X')
    expect(licenceFileNumberSchema.parse('370100123456')).toBe('370100123456')
    expect(usccSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43')
    expect(plateSchema.parse('京a12345')).toBe('京A12345')
    expect(vinSchema.parse('1m8gdm9axkp042788')).toBe('1M8GDM9AXKP042788')
    expect(mobileSchema.parse('+86 138-0013-8000')).toBe('13800138000')
  })

  it('report one custom issue with the Chinese message and the rule in params', () => {
    const result = residentIdSchema.safeParse('110105194912310021')
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: [], message: '第18位校验码应为X', params: { rule: 'ID_CHECKSUM', expected: 'X' } }
    ])
  })

  it('apply the Shandong-only plate rule', () => {
    expect(plateSchema.safeParse('京A12345').success).toBe(true)
    const result = shandongPlateSchema.safeParse('京A12345')
    expect(result.error?.issues).toMatchObject([{ code: 'custom', params: { rule: 'PLATE_NOT_SHANDONG', province: '京' } }])
  })
})
