export declare const INSTALL_HINT: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export declare function requireChromium(env?: NodeJS.ProcessEnv): string;
export declare function launchChromium(extraArgs?: string[]): Promise<import('playwright').Browser>;
