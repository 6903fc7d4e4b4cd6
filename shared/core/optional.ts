/**
 * `{ [key]: value }` when there is a value and `{}` when it is undefined, to spread into an object.
 * The key is left out rather than written as `key: undefined`, so a file on disk or an IPC payload
 * keeps exactly its shape (structured clone keeps an undefined key; JSON drops it).
 */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
