import type { UnitNode } from '@/api/types'

/** Every node of a tree, parents before children. */
export function flatten(nodes: UnitNode[]): UnitNode[] {
  const result: UnitNode[] = []
  const walk = (list: UnitNode[]) => {
    for (const node of list) {
      result.push(node)
      if (node.children?.length) walk(node.children)
    }
  }
  walk(nodes)
  return result
}

export function findNode(nodes: UnitNode[], id: number): UnitNode | undefined {
  return flatten(nodes).find((node) => node.id === id)
}

/** True when `candidate` is `ancestor` itself or lies below it. */
export function isWithin(nodes: UnitNode[], ancestor: number, candidate: number): boolean {
  const start = findNode(nodes, ancestor)
  return start ? flatten([start]).some((node) => node.id === candidate) : false
}

export type DropType = 'prev' | 'inner' | 'next'

/**
 * The new parent when `dragged` is dropped on `target` (el-tree's drop types), or null when the
 * drop would not change the parent: the API moves a unit under another parent and keeps no
 * order among siblings, so reordering is not offered.
 */
export function moveTarget(dragged: UnitNode, target: UnitNode, type: DropType): number | null {
  const parent = type === 'inner' ? target.id : target.parentId
  if (parent === null || parent === dragged.parentId || parent === dragged.id) return null
  return parent
}

/** The ancestors' ids from the root to the unit's parent (for expanding the tree to a unit). */
export function ancestorIds(nodes: UnitNode[], id: number): number[] {
  const byId = new Map(flatten(nodes).map((node) => [node.id, node]))
  const result: number[] = []
  let current = byId.get(id)
  while (current && current.parentId !== null) {
    result.unshift(current.parentId)
    current = byId.get(current.parentId)
  }
  return result
}
