// Ids in a merged folder: each municipality's records keep their own ids after the
// municipality's id and a slash (`trondheim/odense`), so two folders' `odense` never collide.

/** The municipality an id belongs to in a merged folder (`trondheim` of `trondheim/odense`). */
export function namespaceOf(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash < 0 ? undefined : id.slice(0, slash);
}

export function namespaced(namespace: string, id: string): string {
  return `${namespace}/${id}`;
}
