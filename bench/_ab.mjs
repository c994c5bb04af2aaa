import { findPhoneNumbersInText } from 'libphonenumber-js/max'
import { compare } from './measure.mjs'
import { blocks, releases } from './texts.mjs'

const a = await import('/tmp/base/dist/index.js')
const b = await import('/tmp/new/dist/index.js')
const bs = blocks(),
  rs = releases()
const run = (lib, xs) => () => {
  for (const x of xs) lib.extractContacts(x.text, x.country ? { defaultCountry: x.country } : {})
}
const B = compare(
  {
    base: run(a, bs),
    new: run(b, bs),
    lpn: () => {
      for (const x of bs)
        findPhoneNumbersInText(x.text, x.country ? { defaultCountry: x.country } : undefined)
    },
  },
  { iterations: 10 },
)
console.log(
  'blocks new/base',
  B.ratio('new', 'base').toFixed(2),
  'base/lpn',
  B.ratio('base', 'lpn').toFixed(2),
  'new/lpn',
  B.ratio('new', 'lpn').toFixed(2),
)
const R = compare(
  {
    base: run(
      a,
      rs.map((text) => ({ text })),
    ),
    new: run(
      b,
      rs.map((text) => ({ text })),
    ),
    lpn: () => {
      for (const t of rs) findPhoneNumbersInText(t)
    },
  },
  { iterations: 30 },
)
console.log(
  'releases new/base',
  R.ratio('new', 'base').toFixed(2),
  'base/lpn',
  R.ratio('base', 'lpn').toFixed(2),
  'new/lpn',
  R.ratio('new', 'lpn').toFixed(2),
)
