export declare function bundle(code: string, options?: { minify?: boolean }): Promise<string>;
export declare function brotliSize(text: string): number;
export declare function bundleSize(code: string): Promise<{ minified: number; brotli: number }>;
export declare function bundleChunks(
  code: string,
  options?: { minify?: boolean },
): Promise<{ fileName: string; isEntry: boolean; code: string; modules: string[] }[]>;
