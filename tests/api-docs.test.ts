import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/corpus.js'

// Re-exported from a dependency, which documents it: nothing of ours to attach an example to.
const DOCUMENTED_ELSEWHERE = new Set(['CountryCode'])

/** Each public export of src/index.ts with whether its declaration's JSDoc has text and an @example. */
function publicExports(): Array<{ name: string; file: string; documented: boolean; example: boolean }> {
  const entry = join(ROOT, 'src', 'index.ts')
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const declarations = symbol.declarations ?? []
    const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d))
    return {
      name: exported.name,
      file: declarations[0]?.getSourceFile().fileName.replace(ROOT + '/', '') ?? '?',
      documented: docs.length > 0,
      example: declarations.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example')),
    }
  })
}

describe('the public API documentation', () => {
  const exports = publicExports().filter((e) => !DOCUMENTED_ELSEWHERE.has(e.name))

  it('finds the exports of the entry point', () => {
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(['extractContacts', 'toVCard', 'Contact']),
    )
  })

  it('gives every public export a JSDoc comment with an @example', () => {
    const missing = exports.filter((e) => !e.documented || !e.example).map((e) => `${e.name} (${e.file})`)
    expect(missing).toEqual([])
  })
})
