export declare const IMPORT_MAP: { imports: Record<string, string> };
export declare function pageWithImportMap(options: { title: string; moduleUrl: string; body?: string }): string;
