/**
 * `count` with its noun in the right number: `plural(1, 'passage')` is "1 passage", `plural(3, 'passage')`
 * "3 passages". `many` is the plural form when it is not the noun plus "s" (`plural(n, 'copy', 'copies')`).
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
