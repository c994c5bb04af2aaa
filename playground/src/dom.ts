/** Children accepted by {@link h}: nodes, text (set as text, never parsed as HTML), or nothing. */
export type Child = Node | string | null | undefined | false

/**
 * Creates an element with attributes and children. Text is always inserted as text nodes, so pasted
 * input can never become markup.
 *
 * @example
 * h('p', { class: 'note' }, 'Hello ', h('b', {}, 'world'))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    node.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child)
  return node
}
