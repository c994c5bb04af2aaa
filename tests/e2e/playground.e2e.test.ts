import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromJSON } from '../../src/index.js'
import { ROOT } from '../helpers/corpus.js'
import { type StaticServer, serveStatic } from './static-server.js'

const DIST = join(ROOT, 'playground', 'dist')
const ARTIFACTS = join(ROOT, 'tests', 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const RELEASE = readFileSync(join(ROOT, 'examples', 'release.txt'), 'utf8')

// What a reader finds in the contact block of examples/release.txt (lines 21 to 24), written down from
// the text itself, not from the extractor's output.
const PEOPLE = [
  { name: 'Pascale Bresson', phone: '+33 (0)1 99 00 75 39', email: 'pascale.bresson@example.fr', line: 21 },
  { name: 'Fabienne Lissak', phone: '+33 (0)1 99 00 78 37', email: 'fabienne.lissak@example.fr', line: 22 },
  { name: 'Raphaël Sart', phone: '+33 (0)1 99 00 74 51', email: 'raphael.sart@example.fr', line: 23 },
  { name: 'Press Office', phone: '+33 (0)1 99 00 76 88', email: 'presse@example.fr', line: 24 },
]

let server: StaticServer
let context: BrowserContext
let userDataDir: string
const foreignRequests: string[] = []

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('playground/dist is missing: run `npm run test:e2e`, which builds it first')
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`)
  mkdirSync(ARTIFACTS, { recursive: true })
  server = await serveStatic(DIST)
  userDataDir = mkdtempSync(join(tmpdir(), 'press-contacts-chromium-'))
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    acceptDownloads: true,
    viewport: { width: 1280, height: 1000 },
    locale: 'en-GB',
  })
  context.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
      foreignRequests.push(url)
  })
})

afterAll(async () => {
  await context?.close()
  await server?.close()
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
})

async function openPlayground(viewport = { width: 1280, height: 1000 }): Promise<Page> {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(server.origin + '/')
  await page.waitForSelector('body[data-ready="true"]')
  expect(errors).toEqual([])
  return page
}

async function download(page: Page, format: string): Promise<string> {
  const button = page.locator(`button.download[data-format="${format}"]`)
  expect(await button.isEnabled(), `${format} download enabled`).toBe(true)
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  const path = await file.path()
  return readFileSync(path, 'utf8')
}

// The browser-side checks go through locators and attributes, not page functions: the repository's
// TypeScript setup has no DOM types, and the page's own code is type-checked by playground/tsconfig.json.
function waitForCards(page: Page, count: number): Promise<unknown> {
  return page.waitForFunction(`document.querySelectorAll('[data-testid="contact-card"]').length === ${count}`)
}

type MarkInfo = [kind: string | null, text: string | null, contact: string | null, line: string | null]

/** Kind, text, contact index and line of each highlight. */
async function marksOf(marks: Locator): Promise<MarkInfo[]> {
  return Promise.all(
    (await marks.all()).map(
      async (m): Promise<MarkInfo> => [
        await m.getAttribute('data-kind'),
        await m.textContent(),
        await m.getAttribute('data-contact'),
        await m.locator('xpath=ancestor::div[@data-line][1]').getAttribute('data-line'),
      ],
    ),
  )
}

function vcardNames(vcf: string): string[] {
  const parsed = ICAL.parse(vcf) as unknown[]
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][]
  return cards.map((jcal) => String(new ICAL.Component(jcal).getFirstPropertyValue('fn')))
}

describe('the playground, served as static files, in headless Chromium', () => {
  let page: Page

  beforeAll(async () => {
    page = await openPlayground()
    // Everything after the first load happens offline: the page has all it needs.
    await context.setOffline(true)
    await page.fill('#input', '')
    await page.fill('#input', RELEASE)
    await waitForCards(page, 4)
  })

  afterAll(async () => {
    await context.setOffline(false)
  })

  it('shows the four contacts of the pasted release as cards, the desk marked as one', async () => {
    const cards = page.locator('[data-testid="contact-card"]')
    expect(await cards.locator('.card-name').allTextContents()).toEqual(PEOPLE.map((p) => p.name))
    expect(await cards.locator('.badge').allTextContents()).toEqual(['person', 'person', 'person', 'desk'])
    for (const [i, p] of PEOPLE.entries()) {
      const text = await cards.nth(i).textContent()
      expect(text).toContain(p.email)
      expect(text).toContain(`line ${p.line}`)
    }
    expect(await page.locator('#summary').textContent()).toMatch(/^4 contacts,/)
  })

  it('highlights names, the desk, labels, phones and e-mails in place, on their lines', async () => {
    for (const [i, p] of PEOPLE.entries()) {
      const line = page.locator(`.line[data-line="${p.line}"]`)
      const at = String(p.line)
      expect(await marksOf(line.locator('mark'))).toEqual([
        [i === 3 ? 'desk' : 'name', p.name, String(i), at],
        ['label', 'Tel.', String(i), at],
        ['phone', p.phone, String(i), at],
        ['email', p.email, String(i), at],
      ])
      // The line still reads as written: the highlights only wrap it.
      expect(await line.locator('.tx').textContent()).toBe(RELEASE.split('\n')[p.line - 1])
    }
    // The body's dates, amounts and order numbers are not read as contact details: at most flagged.
    const body = (await marksOf(page.locator('.line mark'))).filter(([, , , line]) => Number(line) < 19)
    expect(body.length).toBeGreaterThan(0)
    expect(body.filter(([kind]) => kind !== 'warning')).toEqual([])
  })

  it('puts each warning right under the line it points at', async () => {
    const notes = await Promise.all(
      (await page.locator('.warning-note').all()).map(async (note) => [
        await note.getAttribute('data-line'),
        await note
          .locator('xpath=preceding-sibling::div[contains(@class, "line")][1]')
          .getAttribute('data-line'),
      ]),
    )
    expect(notes.length).toBeGreaterThan(0)
    for (const [line, above] of notes) expect(above).toBe(line)
    // The order number in the body is flagged where it stands.
    const line13 = await page.locator('.line[data-line="13"] mark[data-kind="warning"]').allTextContents()
    expect(line13).toContain('4412-0098-77')
  })

  it('downloads a vCard 3.0 file that an independent parser reads as the four cards', async () => {
    const vcf = await download(page, 'vcf3')
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/)
    expect(vcardNames(vcf)).toEqual(PEOPLE.map((p) => p.name))
    for (const p of PEOPLE) expect(vcf).toContain(p.email)
  })

  it('downloads vCard 4.0 and JSON that read back as the same four contacts', async () => {
    const vcf4 = await download(page, 'vcf4')
    expect(vcf4).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/)
    expect(vcardNames(vcf4)).toEqual(PEOPLE.map((p) => p.name))
    const contacts = fromJSON(await download(page, 'json'))
    expect(contacts.map((c) => c.name)).toEqual(PEOPLE.map((p) => p.name))
  })

  it('downloads Google and Outlook CSV with a header and one row per contact', async () => {
    for (const format of ['csv-google', 'csv-outlook']) {
      const rows = (await download(page, format))
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .filter((r) => r !== '')
      expect(rows[0], format).toMatch(/E-mail/i)
      expect(
        rows.slice(1).map((r) => PEOPLE.findIndex((p) => r.includes(p.email))),
        format,
      ).toEqual([0, 1, 2, 3])
    }
  })

  it('downloads jCard that reads back as the four cards', async () => {
    const cards = JSON.parse(await download(page, 'jcard')) as unknown[][]
    expect(cards.map((jcal) => new ICAL.Component(jcal).getFirstPropertyValue('fn'))).toEqual(
      PEOPLE.map((p) => p.name),
    )
  })

  it('reads national numbers by the country chosen, and warns when none can read them', async () => {
    const e164 = () => page.locator('.card .e164').allTextContents()
    await page.fill('#input', 'Marie Dupont\nTel. 030 2589 4471 000 000\nmarie.dupont@example.com')
    await page.locator('.warning-note[data-code="INVALID_PHONE"]').waitFor()
    expect(await e164()).toEqual([])
    await page.fill('#input', 'Marie Dupont\nTel. 030 2589 4471\nmarie.dupont@example.com')
    await page.selectOption('#country', 'DE')
    await page.locator('.card .e164').waitFor()
    expect(await e164()).toEqual(['+493025894471'])
    await page.selectOption('#country', 'GB')
    await page.locator('.card .e164', { hasText: '+443025894471' }).waitFor()
    await page.selectOption('#country', '')
  })

  it('loads a bundled sample', async () => {
    await page.selectOption('#sample', 'fr')
    await page.locator('[data-testid="contact-card"]').first().waitFor()
    expect(await page.locator('#input').inputValue()).toContain('Contacts presse')
    expect(await page.locator('mark[data-kind="phone"]').count()).toBeGreaterThan(0)
  })

  it('made no request off the page once loaded, and keeps a screenshot', async () => {
    await page.fill('#input', RELEASE)
    await waitForCards(page, 4)
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true })
    expect(foreignRequests).toEqual([])
  })
})

describe('the playground on a phone-width screen', () => {
  it('lays out in one column with nothing wider than the screen', async () => {
    const page = await openPlayground({ width: 390, height: 844 })
    await waitForCards(page, 4)
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const [text, cards] = await Promise.all([
      page.locator('#text-view').boundingBox(),
      page.locator('#cards').boundingBox(),
    ])
    expect(cards!.y).toBeGreaterThan(text!.y + text!.height - 1)
    await page.screenshot({ path: join(ARTIFACTS, 'playground-phone.png'), fullPage: true })
    await page.close()
  })
})
