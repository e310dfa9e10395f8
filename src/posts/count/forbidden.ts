/** Where the characters a platform refuses are (YouTube: `<` and `>`), as UTF-16 indices. */
export function findForbidden(text: string, characters: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i]!)) found.push(i);
  return found;
}
