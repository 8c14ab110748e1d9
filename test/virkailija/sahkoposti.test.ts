/** sähköpostiosoitteenPuutteet: the syntax of a user's work e-mail address (seed 002, "Yhteystietojen muuttaminen"). */
import { describe, expect, it } from 'vitest'
import { sähköpostiosoitteenPuutteet } from '../../src/virkailija'

const koodit = (osoite: string) => sähköpostiosoitteenPuutteet(osoite).map((p) => p.koodi)

describe('sähköpostiosoitteenPuutteet', () => {
  it('accepts ordinary work addresses', () => {
    for (const osoite of [
      'maija.meikalainen@oppilaitos.fi',
      'Maija.Meikalainen@Oppilaitos.FI',
      'm@x.fi',
      'etu.suku+koski@sub-domain.example.co.uk',
      "o'brien@example.com",
      'a!#$%&\'*+-/=?^_`{|}~b@example.org',
      'user@xn--krkkinen-5zaa.fi',
      'user@example.xn--p1ai',
    ]) {
      expect(koodit(osoite), osoite).toEqual([])
    }
  })

  it('`puuttuu`: empty (or not a text)', () => {
    expect(koodit('')).toEqual(['puuttuu'])
    expect(koodit(undefined as unknown as string)).toEqual(['puuttuu'])
  })

  it('`eiYhtäAtMerkkiä`: none, or more than one', () => {
    expect(koodit('maija.oppilaitos.fi')).toEqual(['eiYhtäAtMerkkiä'])
    expect(koodit('maija@@oppilaitos.fi')).toEqual(['eiYhtäAtMerkkiä'])
    expect(koodit('"maija@koti"@oppilaitos.fi')).toEqual(['eiYhtäAtMerkkiä'])
  })

  it('`virheellinenPaikallinenOsa`: empty, over 64 characters, dots first, last or twice, spaces, non-ASCII letters, quotes', () => {
    for (const osoite of ['@oppilaitos.fi', `${'a'.repeat(65)}@oppilaitos.fi`, '.maija@x.fi', 'maija.@x.fi', 'maija..m@x.fi', 'maija m@x.fi', ' maija@x.fi', 'mäijä@x.fi', '"maija"@x.fi', 'maija(koti)@x.fi']) {
      expect(koodit(osoite), osoite).toEqual(['virheellinenPaikallinenOsa'])
    }
    expect(koodit(`${'a'.repeat(64)}@x.fi`)).toEqual([])
  })

  it('`virheellinenVerkkotunnus`: one label, empty labels, hyphens at a label’s ends, a numeric or one-letter suffix, an IP literal, non-ASCII, a trailing space', () => {
    for (const osoite of ['maija@', 'maija@localhost', 'maija@x..fi', 'maija@.x.fi', 'maija@x.fi.', 'maija@-x.fi', 'maija@x-.fi', 'maija@x.f', 'maija@x.123', 'maija@[192.168.0.1]', 'maija@kärkkäinen.fi', 'maija@x.fi ', `maija@${'a'.repeat(64)}.fi`, 'maija@x_y.fi']) {
      expect(koodit(osoite), osoite).toEqual(['virheellinenVerkkotunnus'])
    }
    expect(koodit(`maija@${'a'.repeat(63)}.fi`)).toEqual([])
  })

  it('`liianPitkä`: over 254 characters, with the other shortcomings', () => {
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.fi`
    expect(koodit(`m@${domain}`)).toEqual([])
    expect(koodit(`maija.meikalainen@${domain}`)).toEqual(['liianPitkä'])
    expect(koodit('x'.repeat(300))).toEqual(['liianPitkä', 'eiYhtäAtMerkkiä'])
    expect(koodit(`${'a'.repeat(65)}@${'b'.repeat(200)}`)).toEqual(['liianPitkä', 'virheellinenPaikallinenOsa', 'virheellinenVerkkotunnus'])
  })

  it('messages in fi, sv and en that never quote the address', () => {
    for (const osoite of ['', 'maija.meikalainen', 'maija..meikalainen@oppilaitos', `maija${'x'.repeat(300)}@@`]) {
      const puutteet = sähköpostiosoitteenPuutteet(osoite)
      expect(puutteet.length).toBeGreaterThan(0)
      for (const p of puutteet) for (const t of [p.message.fi, p.message.sv, p.message.en]) expect(t).not.toMatch(/maija|meikalainen|oppilaitos/)
    }
    expect(sähköpostiosoitteenPuutteet('x')[0]!.message).toEqual({
      fi: 'Sähköpostiosoitteessa tulee olla täsmälleen yksi @-merkki.',
      sv: 'E-postadressen ska innehålla exakt ett @-tecken.',
      en: 'The e-mail address must contain exactly one @ sign.',
    })
  })

  it('is linear: hostile addresses of a million characters are checked quickly', () => {
    const alku = performance.now()
    expect(koodit('a'.repeat(1_000_000) + '@' + 'b.'.repeat(500_000))).toEqual(['liianPitkä', 'virheellinenPaikallinenOsa', 'virheellinenVerkkotunnus'])
    expect(koodit('.'.repeat(1_000_000) + '@x.fi')).toEqual(['liianPitkä', 'virheellinenPaikallinenOsa'])
    expect(koodit('@'.repeat(1_000_000))).toEqual(['liianPitkä', 'eiYhtäAtMerkkiä'])
    expect(performance.now() - alku).toBeLessThan(1500)
  })
})
