export interface TypedCommune {
  code: string;
  nom: string;
  population?: number;
}
export interface Typist {
  code: string;
  nom: string;
  typed: string;
  stop: number;
}
export interface TypingScore {
  top1: number;
  top10: number;
  mrr: number;
}
export declare function random(seed: number): () => number;
export declare function foldForRule(text: string): string;
export declare function simulateTypists(communes: TypedCommune[], count: number, seed?: number): Typist[];
export declare function populationFirstRule(communes: TypedCommune[]): (query: string, limit?: number) => string[];
export declare function scoreTypists(people: Typist[], search: (text: string) => string[]): TypingScore;
export declare function keystrokes(people: Typist[]): string[];
