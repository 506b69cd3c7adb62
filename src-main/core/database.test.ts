import { describe, expect, it } from 'vitest'
import { openDatabase } from './database'

describe('query templates', () => {
  it('compile once and bind each call’s values, constants kept, lists by position', async () => {
    const db = await openDatabase({ file: ':memory:' })
    db.raw.exec(`INSERT INTO offices (code, plate_prefix, division_code, city, name) VALUES ('370100','鲁A','370100','济南市','A'), ('370200','鲁B','370200','青岛市','B'), ('370300','鲁C','370300','淄博市','C')`)
    let builds = 0
    const byCodes = (codes: string[], city: string) =>
      db
        .template(
          `offices.byCodes:${codes.length}`,
          (p) => {
            builds++
            return db.kysely.selectFrom('offices').select('code').where('code', 'in', p.codes).where('city', '<>', p.city).where('name', '<>', 'never').orderBy('code')
          },
          { codes, city }
        )
        .all()
        .map((row) => row.code)
    expect(byCodes(['370100', '370200'], '青岛市')).toEqual(['370100'])
    expect(byCodes(['370200', '370300'], '济南市')).toEqual(['370200', '370300'])
    expect(builds).toBe(1)
    expect(byCodes(['370100', '370200', '370300'], '淄博市')).toEqual(['370100', '370200'])
    expect(builds).toBe(2)
    const one = db.template('offices.one', (p) => db.kysely.selectFrom('offices').select('city').where('code', '=', p.code), { code: '370300' }).first()
    expect(one).toEqual({ city: '淄博市' })
    expect(db.template('offices.one', (p) => db.kysely.selectFrom('offices').select('city').where('code', '=', p.code), { code: 'none' }).first()).toBeUndefined()
  })
})
