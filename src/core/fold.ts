/** Lower case without accents, for matching what is typed ("secu" finds "Sécurité"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
