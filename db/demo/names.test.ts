import { describe, expect, it } from 'vitest'
import { SHANDONG_OFFICES } from '../../src-shared/domain/offices'
import { AREAS, areaOffice, GIVEN_NAME_CHARS, nameInitials, PINYIN_INITIAL, SURNAMES } from './names'

describe('demo names and places', () => {
  it('has a pinyin initial for exactly the characters names are made of', () => {
    const givenChars = Object.values(GIVEN_NAME_CHARS).flatMap((byGender) => Object.values(byGender).flatMap((chars) => Array.from(chars)))
    const used = new Set([...SURNAMES.map(([surname]) => surname), ...givenChars])
    expect(new Set(PINYIN_INITIAL.keys())).toEqual(used)
    expect(nameInitials('张伟')).toBe('ZW')
    expect(() => nameInitials('欧阳')).toThrow(RangeError)
  })

  it('places every district in the city of its plate office', () => {
    for (const area of AREAS) {
      const office = areaOffice(area)
      expect(office.city).toBe(area.city)
      for (const district of area.districts) expect(district.code.slice(0, 4), district.name).toBe(office.divisionCode.slice(0, 4))
    }
    // Every office but the second letters of Qingdao, Weifang and Yantai, which vehicles.ts hands out.
    const secondLetters = ['鲁U', '鲁V', '鲁Y']
    const prefixes = SHANDONG_OFFICES.map((o) => o.platePrefix).filter((prefix) => !secondLetters.includes(prefix))
    expect(new Set(AREAS.map((area) => area.platePrefix))).toEqual(new Set(prefixes))
  })
})
