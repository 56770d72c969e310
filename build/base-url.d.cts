// Types for build/base-url.cjs, so tests can import it.
export declare const DEV_BASE_URL: string;
export declare function checkBaseUrl(value: string): string;
export declare function rewriteBaseUrl(text: string, baseUrl: string): string;
