import { describe, expect, it } from 'vitest'
import type { UnitNode } from '@/api/types'
import { ancestorIds, flatten, isWithin, moveTarget } from './unitTree'

const node = (id: number, parentId: number | null, children: UnitNode[] = []): UnitNode => ({
  id,
  parentId,
  code: `U${id}`,
  name: `单位${id}`,
  typeCode: 'UNIT',
  active: true,
  children,
})

// 1 ─┬─ 2 ── 4
//    └─ 3
const tree = [node(1, null, [node(2, 1, [node(4, 2)]), node(3, 1)])]
const [root] = tree
const [two, three] = root.children
const four = two.children[0]

describe('unit tree', () => {
  it('flattens parents before children', () => {
    expect(flatten(tree).map((n) => n.id)).toEqual([1, 2, 4, 3])
  })

  it('moves a unit inside another unit', () => {
    expect(moveTarget(four, three, 'inner')).toBe(3)
  })

  it('moves a unit beside another unit under that unit’s parent', () => {
    expect(moveTarget(four, three, 'next')).toBe(1)
  })

  it('offers no move when the parent stays the same or the target is a root sibling', () => {
    expect(moveTarget(three, two, 'prev')).toBeNull()
    expect(moveTarget(four, two, 'inner')).toBeNull()
    expect(moveTarget(two, root, 'next')).toBeNull()
  })

  it('finds ancestors and subtrees', () => {
    expect(ancestorIds(tree, 4)).toEqual([1, 2])
    expect(isWithin(tree, 2, 4)).toBe(true)
    expect(isWithin(tree, 3, 4)).toBe(false)
  })
})
