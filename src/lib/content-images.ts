/**
 * Finds the module of an image that content names by site path. Images live in the content
 * folder's `assets/` at the same path: `/img/CAP-photos/x.jpg` is `assets/img/CAP-photos/x.jpg`.
 */
export function findContentImage<T>(modules: Record<string, T>, sitePath: string): T | undefined {
  const suffix = `/assets${sitePath.startsWith('/') ? '' : '/'}${sitePath}`;
  const key = Object.keys(modules).find((k) => k.endsWith(suffix));
  return key === undefined ? undefined : modules[key];
}
