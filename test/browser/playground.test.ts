/**
 * The playground page (build/playground/koski-validation-playground.html, `npm run build:playground`) in a real headless
 * Chromium — Debian's `chromium`, driven by playwright-core — loaded from file:// in an offline browser context:
 * KOSKI's valid TUVA example is "valid"; the invalid one shows exactly the findings `validate` gives, in each language,
 * grouped by study right, and a click on a finding selects its spot in the document; an NDJSON batch dropped on the
 * page is validated line by line; no request leaves the page (every request is recorded), the Content-Security-Policy
 * blocks one the page would try, and nothing is stored. A screenshot is kept as an artefact ($ARTEFACT_DIR, default
 * build/artefacts/playground.png).
 *
 * Without a Chromium the suite is skipped (with a note), unless REQUIRE_CHROMIUM=1 (.ci/run), when that is a failure.
 * CHROMIUM=/path/to/chromium picks another executable (and only it).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validate, type Finding, type Lang } from '../../src'

const root = fileURLToPath(new URL('../../', import.meta.url))
const HTML = join(root, 'build', 'playground', 'koski-validation-playground.html')
const ARTEFAKTIT = resolve(process.env.ARTEFACT_DIR ?? join(root, 'build', 'artefacts'))
const TODAY = '2026-11-22'

// CHROMIUM, when set, is the only candidate (CHROMIUM=/nonexistent shows the skip); else Debian's paths, else PATH
const ehdokkaat = process.env.CHROMIUM !== undefined ? [process.env.CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const polulta = (() => {
  if (process.env.CHROMIUM !== undefined) return undefined
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
})()
const CHROMIUM = [...ehdokkaat, polulta].find((p): p is string => p !== undefined && p !== '' && existsSync(p))
const VAADITAAN = process.env.REQUIRE_CHROMIUM === '1'

if (CHROMIUM === undefined) {
  if (VAADITAAN) throw new Error('REQUIRE_CHROMIUM=1 but no chromium was found (install it: apt-get install -y chromium, or set CHROMIUM)')
  console.warn('test/browser: no chromium found (apt-get install -y chromium, or set CHROMIUM=…): the browser test is skipped')
}

const esimerkki = (nimi: string): string => readFileSync(join(root, 'test', 'fixtures', 'koski', 'examples', nimi), 'utf8')
const VALIDI = 'tutkintokoulutukseenvalmentavakoulutus-valmistunut_2022-10-17.json'
const VIRHEELLINEN = 'tutkintokoulutukseenvalmentavakoulutus-eivalmistunut_2022-03-08.json'

describe.skipIf(CHROMIUM === undefined)('the playground in headless Chromium', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const pyynnöt: string[] = []
  const sivu = pathToFileURL(HTML).href

  beforeAll(async () => {
    expect(existsSync(HTML), `${HTML} is missing: run npm run build:playground`).toBe(true)
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
    // offline: the page must not need the network (a request would fail anyway; every one is recorded below)
    context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 1000 }, locale: 'en-GB' })
    context.on('request', (r) => pyynnöt.push(r.url()))
    page = await context.newPage()
    const virheet: string[] = []
    page.on('pageerror', (e) => virheet.push(e.message))
    await page.goto(sivu)
    expect(virheet).toEqual([])
    await page.fill('#today', TODAY)
  })

  afterAll(async () => {
    await browser?.close()
  })

  const validoi = async (teksti: string): Promise<void> => {
    await page.fill('#doc', teksti)
    await page.click('#validate')
  }

  const näytetyt = (missä = '#results'): Promise<{ severity: string; message: string; hint: string | null; path: string; key: string; rule: string; ryhmä: string }[]> =>
    page.$$eval(`${missä} .finding`, (lista) =>
      lista.map((li) => {
        let ryhmä = li.parentElement?.previousElementSibling
        return {
          severity: li.classList.contains('error') ? 'error' : 'warning',
          message: li.querySelector('.message')!.textContent!,
          hint: li.querySelector('.hint')?.textContent ?? null,
          path: (li as HTMLElement).dataset.path!,
          key: (li as HTMLElement).dataset.key!,
          rule: (li as HTMLElement).dataset.rule!,
          ryhmä: (ryhmä = li.parentElement?.previousElementSibling) === null || ryhmä === undefined ? '' : ryhmä.textContent!,
        }
      }),
    )

  const valinta = (): Promise<string> => page.$eval('#doc', (t) => (t as HTMLTextAreaElement).value.slice((t as HTMLTextAreaElement).selectionStart, (t as HTMLTextAreaElement).selectionEnd))

  it('loads from file:// as one self-contained file with a strict Content-Security-Policy, and says it makes no request', async () => {
    const html = readFileSync(HTML, 'utf8')
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i)
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'))
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/)
    await page.selectOption('#lang', 'en')
    expect(await page.textContent('#privacy')).toContain('it makes no network request and keeps nothing')
  })

  it("KOSKI's valid TUVA example (as KOSKI saved it: not a service user) is valid, with no finding", async () => {
    await page.setChecked('#serviceUser', false)
    await validoi(esimerkki(VALIDI))
    expect(await page.textContent('#results .verdict')).toBe('valid')
    expect(await näytetyt()).toEqual([])
    const odotettu = validate(JSON.parse(esimerkki(VALIDI)), { today: TODAY, serviceUser: false })
    expect(odotettu.valid && odotettu.findings.length === 0).toBe(true)
  })

  it("KOSKI's invalid TUVA example: exactly validate's findings, grouped by study right, in fi, sv and en", async () => {
    await page.setChecked('#serviceUser', true)
    await validoi(esimerkki(VIRHEELLINEN))
    const report = validate(JSON.parse(esimerkki(VIRHEELLINEN)), { today: TODAY })
    expect(report.findings.length).toBeGreaterThanOrEqual(4)
    const ryhmä = (f: Finding, lang: Lang): string =>
      f.path.startsWith('opiskeluoikeudet[0]') ? { fi: 'Opiskeluoikeus 1 · tuva', sv: 'Studierätt 1 · tuva', en: 'Study right 1 · tuva' }[lang] : { fi: 'Koko dokumentti', sv: 'Hela dokumentet', en: 'Whole document' }[lang]
    const verdict = { fi: 'ei kelpaa', sv: 'ogiltig', en: 'invalid' }
    for (const lang of ['fi', 'sv', 'en'] as const) {
      await page.selectOption('#lang', lang)
      expect(await page.textContent('#results .verdict')).toBe(verdict[lang])
      const odotetut = report.findings
        .map((f) => ({ severity: f.severity, message: f.message[lang], hint: f.hint?.[lang] ?? null, path: f.path, key: f.key, rule: f.rule, ryhmä: ryhmä(f, lang) }))
        .sort((a, b) => Number(a.ryhmä !== { fi: 'Koko dokumentti', sv: 'Hela dokumentet', en: 'Whole document' }[lang]) - Number(b.ryhmä !== { fi: 'Koko dokumentti', sv: 'Hela dokumentet', en: 'Whole document' }[lang]))
      expect(await näytetyt()).toEqual(odotetut)
      expect(report.skipped.length).toBeGreaterThan(0)
      expect(await page.textContent('#results .skipped')).toContain(report.skipped.join(', '))
    }
  })

  it('a click on a finding selects its spot in the document', async () => {
    await page.selectOption('#lang', 'en')
    await page.click('.finding[data-key="badRequest.validation.jsonSchema"]')
    expect(await valinta()).toBe('"ignoreKoskiValidator" : true')
    // opintojenRahoitus is missing: the jakso that lacks it is selected
    await page.click('.finding[data-key="badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto"]')
    const jakso = JSON.parse(await valinta())
    expect(jakso).toMatchObject({ alku: '2021-08-01', tila: { koodiarvo: 'lasna' } })
    expect(jakso).not.toHaveProperty('opintojenRahoitus')
    expect(await page.textContent('#highlight')).toMatch(/^Highlighted: opiskeluoikeudet\[0\]\.tila\.opiskeluoikeusjaksot\[0\]\.opintojenRahoitus, line \d+, column \d+ \(the nearest spot of a missing field\)$/)
    expect(await page.$eval('.finding.active', (li) => (li as HTMLElement).dataset.key)).toBe('badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto')
    // a member: its key and its value
    await page.click('.finding[data-key="koskiValidation.tuvaSuoritusaikaYliVuoden"]')
    const jaksot = await valinta()
    expect(jaksot).toMatch(/^"opiskeluoikeusjaksot" : \[/)
    expect(JSON.parse(jaksot.slice(jaksot.indexOf('[')))[0]).toMatchObject({ alku: '2021-08-01' })
  })

  it('keeps a screenshot of the findings of the invalid example', async () => {
    await page.click('.finding[data-key="badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto"]')
    await page.evaluate(() => window.scrollTo(0, 0))
    mkdirSync(ARTEFAKTIT, { recursive: true })
    const polku = join(ARTEFAKTIT, 'playground.png')
    await page.screenshot({ path: polku })
    expect(readFileSync(polku).subarray(1, 4).toString()).toBe('PNG')
  })

  it('an NDJSON batch dropped on the page: one verdict per line, a broken line is invalid JSON, clicks select in the right line', async () => {
    await page.setChecked('#serviceUser', false)
    const rivit = [JSON.stringify(JSON.parse(esimerkki(VALIDI))), JSON.stringify(JSON.parse(esimerkki(VIRHEELLINEN))), '{"henkilö": ', JSON.stringify(JSON.parse(esimerkki(VALIDI)))]
    const batch = rivit.join('\n') + '\n'
    const siirto = await page.evaluateHandle((teksti) => {
      const dt = new DataTransfer()
      dt.items.add(new File([teksti], 'batch.ndjson', { type: 'application/x-ndjson' }))
      return dt
    }, batch)
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: siirto })
    await page.waitForSelector('#summary')
    expect(await page.inputValue('#doc')).toBe(batch)
    expect(await page.textContent('#summary')).toBe('4 documents: 2 valid, 2 invalid')
    const osiot = await page.$$eval('#results .document', (l) => l.map((d) => `${(d as HTMLElement).dataset.line} ${d.querySelector('.verdict')!.textContent}`))
    expect(osiot).toEqual(['1 valid', '2 invalid', '3 invalid', '4 valid'])
    expect(await page.textContent('#results .document[data-line="3"] .message')).toMatch(/^Invalid JSON document \(line 3, column \d+\)$/)
    // a click on it puts the cursor where the parser stopped, in line 3
    await page.click('#results .document[data-line="3"] .finding')
    const kolmasAlkaa = rivit[0]!.length + 1 + rivit[1]!.length + 1
    const kohta = await page.$eval('#doc', (t) => (t as HTMLTextAreaElement).selectionStart)
    expect(kohta).toBeGreaterThanOrEqual(kolmasAlkaa)
    expect(kohta).toBeLessThanOrEqual(kolmasAlkaa + rivit[2]!.length)
    // line 2's findings are validate's own, with serviceUser: false
    const report = validate(JSON.parse(rivit[1]!), { today: TODAY, serviceUser: false })
    expect((await näytetyt('.document[data-line="2"]')).map((f) => f.rule)).toEqual(report.findings.map((f) => f.rule))
    await page.click('.document[data-line="2"] .finding[data-key="badRequest.validation.jsonSchema"]')
    expect(await valinta()).toBe('"ignoreKoskiValidator":true')
    const start = await page.$eval('#doc', (t) => (t as HTMLTextAreaElement).selectionStart)
    expect(start).toBeGreaterThan(rivit[0]!.length)
    expect(start).toBeLessThan(rivit[0]!.length + 1 + rivit[1]!.length)
  })

  it('a study right of a type this version does not validate is "not checked", never "valid"', async () => {
    const lukio = JSON.parse(esimerkki(VALIDI)) as { opiskeluoikeudet: { tyyppi: { koodiarvo: string } }[] }
    lukio.opiskeluoikeudet[0]!.tyyppi.koodiarvo = 'lukiokoulutus' // a type KOSKI knows that no helper of this project validates
    const report = validate(lukio, { today: TODAY, serviceUser: false })
    expect(report.unchecked).toHaveLength(1)
    await validoi(JSON.stringify(lukio, null, 2))
    expect(await page.textContent('#results .verdict')).toBe('not checked (1 study right this version does not validate)')
    expect(await page.textContent('#results ul.unchecked-list')).toBe('Not checked: lukiokoulutus (opiskeluoikeudet[0])')
  })

  it('two files dropped at once are validated as a batch of two', async () => {
    const siirto = await page.evaluateHandle(
      ([a, b]) => {
        const dt = new DataTransfer()
        dt.items.add(new File([a!], 'a.json', { type: 'application/json' }))
        dt.items.add(new File([b!], 'b.json', { type: 'application/json' }))
        return dt
      },
      [esimerkki(VALIDI), esimerkki(VIRHEELLINEN)],
    )
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: siirto })
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent === '2 documents: 1 valid, 1 invalid')
  })

  it('the context options reach validate: a previous version as JSON, an invalid option text is said to be one', async () => {
    await page.fill('#previous', '{ not json')
    await validoi(esimerkki(VALIDI))
    expect(await page.textContent('#results .option-error')).toBe('Option previous is not valid JSON; nothing was validated.')
    await page.fill('#previous', esimerkki(VALIDI))
    await validoi(esimerkki(VALIDI))
    expect(await page.textContent('#results .verdict')).toBe('valid')
    const ilman = validate(JSON.parse(esimerkki(VALIDI)), { today: TODAY, serviceUser: false }).skipped
    const kanssa = validate(JSON.parse(esimerkki(VALIDI)), { today: TODAY, serviceUser: false, previous: JSON.parse(esimerkki(VALIDI)) }).skipped
    expect(kanssa.length).toBeLessThan(ilman.length) // the rules needing previous ran
    expect(await page.$eval('#results', (r) => r.querySelector('.skipped')?.textContent ?? '')).toBe(kanssa.length === 0 ? '' : `Not checked for lack of context (birthDate, previous, storedStudyRights): ${kanssa.join(', ')}`)
    await page.fill('#previous', '')
  })

  it('no request left the page: the only one is the file:// page itself', () => {
    expect(pyynnöt).toEqual([sivu])
  })

  it('nothing is stored: no cookie, no localStorage or sessionStorage entry', async () => {
    const säilö = await page.evaluate(() => {
      const koko = (s: () => Storage): number | string => {
        try {
          return s().length
        } catch {
          return 'unavailable'
        }
      }
      return { cookie: document.cookie, local: koko(() => localStorage), session: koko(() => sessionStorage) }
    })
    expect(säilö.cookie).toBe('')
    expect([0, 'unavailable']).toContain(säilö.local)
    expect([0, 'unavailable']).toContain(säilö.session)
  })

  it('the Content-Security-Policy blocks a request from the page, even one it would try (connect-src and img-src fall back to none)', async () => {
    const muu = await browser.newContext({ offline: true })
    const toinen = await muu.newPage()
    const omat: string[] = []
    const vastaukset: string[] = []
    const estetyt: string[] = []
    toinen.on('request', (r) => omat.push(r.url()))
    toinen.on('response', (r) => vastaukset.push(r.url()))
    toinen.on('requestfailed', (r) => estetyt.push(`${r.url()} ${r.failure()?.errorText}`))
    await toinen.goto(sivu)
    const tulos = await toinen.evaluate(async () => {
      const rikkeet: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => rikkeet.push(e.effectiveDirective))
      const haku = await fetch('https://example.org/').then(
        () => 'sent',
        () => 'blocked',
      )
      const kuva = await new Promise<string>((ok) => {
        const img = new Image()
        img.onload = () => ok('loaded')
        img.onerror = () => ok('blocked')
        img.src = 'https://example.org/x.png'
      })
      await new Promise((ok) => setTimeout(ok, 100))
      return { haku, kuva, rikkeet }
    })
    expect(tulos).toEqual({ haku: 'blocked', kuva: 'blocked', rikkeet: expect.arrayContaining(['connect-src', 'img-src']) })
    // the renderer refused them before any network: nothing answered, and what Chromium reports is blocked by the policy
    expect(vastaukset).toEqual([sivu])
    for (const url of omat.filter((u) => u !== sivu)) expect(estetyt.find((e) => e.startsWith(`${url} `))).toMatch(/ (csp|net::ERR_BLOCKED_BY_CSP)$/)
    await muu.close()
  })
})
