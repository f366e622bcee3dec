/** Address of a news post's own page. */
export function postUrl(id: string): string {
  return `/news/${id}/`;
}
