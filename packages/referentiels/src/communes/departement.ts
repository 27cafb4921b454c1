/** The département of a commune code: three characters overseas (971…989), two elsewhere (incl. 2A/2B). */
export function departementOf(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}
