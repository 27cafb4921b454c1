export declare const SOURCE_CONDITIONS: string[];
export declare const NODE_SOURCE_CONDITIONS: string[];
export declare const OPTIMIZED_DEPS: string[];
