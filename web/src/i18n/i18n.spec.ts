import { describe, expect, it } from 'vitest'
import { baseCompile } from '@intlify/message-compiler'
import zhCN from './zh-CN'
import en from './en'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, prefix + key + '.'),
  )
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return node
}

const sources = import.meta.glob('/src/**/*.{vue,ts}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const zh = keys(zhCN as Tree).sort()
    const english = keys(en as Tree).sort()
    expect(english.filter((k) => !zh.includes(k))).toEqual([])
    expect(zh.filter((k) => !english.includes(k))).toEqual([])
  })

  it('has no empty message in either language', () => {
    for (const [name, tree] of [['zh-CN', zhCN], ['en', en]] as const) {
      const empty = keys(tree as Tree).filter((k) => !(lookup(tree as Tree, k) as string).trim())
      expect(empty, name).toEqual([])
    }
  })

  it('compiles every message (vue-i18n syntax: literal braces are written {\'{\'})', () => {
    const broken: string[] = []
    for (const [name, tree] of [['zh-CN', zhCN], ['en', en]] as const) {
      for (const key of keys(tree as Tree)) {
        baseCompile(lookup(tree as Tree, key) as string, {
          onError: (error) => broken.push(`${name} ${key}: ${error.message}`),
        })
      }
    }
    expect(broken).toEqual([])
  })

  it('defines every key the code uses', () => {
    const missing: string[] = []
    const used = /(?:\bt|\bte)\(\s*'([A-Za-z0-9_.-]+)'|titleKey:\s*'([A-Za-z0-9_.-]+)'/g
    const dynamic = /\bt\(\s*`([A-Za-z0-9_.-]+)\.\$\{/g
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.spec.ts')) continue
      for (const match of text.matchAll(used)) {
        const key = match[1] ?? match[2]
        if (typeof lookup(zhCN as Tree, key) !== 'string') missing.push(`${file}: ${key}`)
      }
      for (const match of text.matchAll(dynamic)) {
        if (typeof lookup(zhCN as Tree, match[1]) !== 'object') missing.push(`${file}: ${match[1]}.*`)
      }
    }
    expect(missing).toEqual([])
  })

  it('scanned the application sources', () => {
    expect(Object.keys(sources).some((f) => f.endsWith('LoginPage.vue'))).toBe(true)
  })
})
