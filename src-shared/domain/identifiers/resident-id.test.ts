import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { civilDateFromDayNumber, dayNumber } from '../civil-date'
import { maskResidentId, residentIdCheckChar, upgradeLegacyId, validateResidentId } from './resident-id'

const TODAY = '2025-06-30'

/** A random 17-digit body: a real province prefix, any district digits, a real date, any sequence. */
const body17 = fc
  .record({
    province: fc.constantFrom('11', '31', '37', '44', '65', '81'),
    district: fc.integer({ min: 0, max: 9999 }),
    day: fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber(TODAY) }),
    sequence: fc.integer({ min: 0, max: 999 })
  })
  .map(({ province, district, day, sequence }) => {
    const date = civilDateFromDayNumber(day).replaceAll('-', '')
    return `${province}${String(district).padStart(4, '0')}${date}${String(sequence).padStart(3, '0')}`
  })

describe('validateResidentId', () => {
  it('accepts the GB 11643 test vector and reads its facts', () => {
    expect(validateResidentId('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: '11010519491231002X',
      region: '110105',
      birthDate: '1949-12-31',
      gender: 'F',
      legacy: false
    })
  })

  it('normalises a lowercase x and surrounding whitespace', () => {
    const result = validateResidentId('  11010519491231002x \n', { today: TODAY })
    expect(result.ok && result.value).toBe('11010519491231002X')
  })

  it('reads an odd sequence as male', () => {
    const first17 = '37010219900307123'
    const result = validateResidentId(first17 + residentIdCheckChar(first17), { today: TODAY })
    expect(result.ok && result.gender).toBe('M')
  })

  it('recognises a 15-digit legacy number as a 1900s birth date', () => {
    expect(validateResidentId('370102800229123', { today: TODAY })).toEqual({
      ok: true,
      value: '370102800229123',
      region: '370102',
      birthDate: '1980-02-29',
      gender: 'M',
      legacy: true
    })
  })

  it('refuses with a stable code, a message naming the fault and its params', () => {
    const cases: [string, string, string, Record<string, string | number>][] = [
      ['   ', 'ID_EMPTY', '请输入身份证号码', {}],
      ['1101051949123100', 'ID_LENGTH', '身份证号码应为18位（旧号码为15位），实际为16位', { length: 16 }],
      ['11010A19491231002X', 'ID_NOT_DIGIT', '第6位“A”应为数字', { position: 6, char: 'A' }],
      ['11010519491231002Y', 'ID_CHECK_CHAR_FORMAT', '第18位“Y”应为数字或X', { char: 'Y' }],
      ['99010519491231002X', 'ID_REGION', '前2位省级行政区划代码“99”不存在', { province: '99' }],
      ['11010519490231002X', 'ID_BIRTH_DATE_INVALID', '第7至14位出生日期“19490231”不是有效日期', { from: 7, to: 14, value: '19490231' }],
      ['370102800230123', 'ID_BIRTH_DATE_INVALID', '第7至12位出生日期“800230”不是有效日期', { from: 7, to: 12, value: '800230' }],
      ['11010518991231002X', 'ID_BIRTH_DATE_TOO_EARLY', '出生日期1899-12-31早于1900-01-01', { birthDate: '1899-12-31', earliest: '1900-01-01' }],
      ['110105202507010021', 'ID_BIRTH_DATE_FUTURE', '出生日期2025-07-01晚于今天（2025-06-30）', { birthDate: '2025-07-01', today: TODAY }],
      ['110105194912310021', 'ID_CHECKSUM', '第18位校验码应为X', { expected: 'X' }]
    ]
    for (const [input, code, message, params] of cases) {
      expect(validateResidentId(input, { today: TODAY }), input).toEqual({ ok: false, code, message, params })
    }
  })

  it('takes today as an instant in China time', () => {
    // 2025-06-30T16:30Z is already 1 July in Beijing.
    const bornToday = '11010520250701002'
    const id = bornToday + residentIdCheckChar(bornToday)
    expect(validateResidentId(id, { today: new Date('2025-06-30T15:30:00Z') }).ok).toBe(false)
    expect(validateResidentId(id, { today: new Date('2025-06-30T16:30:00Z') }).ok).toBe(true)
  })

  it('accepts every body with its check character and refuses every other check character', () => {
    fc.assert(
      fc.property(body17, (first17) => {
        const check = residentIdCheckChar(first17)
        expect(validateResidentId(first17 + check, { today: TODAY }).ok).toBe(true)
        for (const other of '0123456789X'.replace(check, '')) {
          const result = validateResidentId(first17 + other, { today: TODAY })
          expect(!result.ok && result.code).toBe('ID_CHECKSUM')
        }
      })
    )
  })

  it('reads gender from the parity of the sequence', () => {
    fc.assert(
      fc.property(body17, (first17) => {
        const result = validateResidentId(first17 + residentIdCheckChar(first17), { today: TODAY })
        expect(result.ok && result.gender).toBe(Number(first17[16]) % 2 === 1 ? 'M' : 'F')
      })
    )
  })
})

describe('residentIdCheckChar', () => {
  it('computes the MOD 11-2 character and refuses anything but 17 digits', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X')
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError)
    expect(() => residentIdCheckChar('1101051949123100A')).toThrow(RangeError)
  })
})

describe('upgradeLegacyId', () => {
  it('inserts the century and appends the check character', () => {
    expect(upgradeLegacyId('110105491231002')).toBe('11010519491231002X')
    expect(() => upgradeLegacyId('11010549123100')).toThrow(RangeError)
  })

  it('keeps region, birth date and gender of every legacy number', () => {
    const legacy = fc
      .record({ day: fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('1999-12-31') }), sequence: fc.integer({ min: 0, max: 999 }) })
      .map(({ day, sequence }) => `370102${civilDateFromDayNumber(day).slice(2).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`)
    fc.assert(
      fc.property(legacy, (id15) => {
        const old = validateResidentId(id15, { today: TODAY })
        const upgraded = validateResidentId(upgradeLegacyId(id15), { today: TODAY })
        expect(old.ok && upgraded.ok).toBe(true)
        if (old.ok && upgraded.ok) {
          expect([upgraded.region, upgraded.birthDate, upgraded.gender, upgraded.legacy]).toEqual([old.region, old.birthDate, old.gender, false])
        }
      })
    )
  })
})

describe('maskResidentId', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskResidentId('370102199001011234')).toBe('370102********1234')
    expect(maskResidentId(' 11010519491231002x ')).toBe('110105********002X')
    expect(maskResidentId('370102800229123')).toBe('370102*****9123')
    expect(maskResidentId('1234567')).toBe('*******')
  })

  it('never shows the middle 8 characters of an 18-character number', () => {
    fc.assert(
      fc.property(body17, (first17) => {
        const id = first17 + residentIdCheckChar(first17)
        const masked = maskResidentId(id)
        expect(masked).toHaveLength(18)
        expect(masked.includes(id.slice(6, 14))).toBe(false)
      })
    )
  })
})
