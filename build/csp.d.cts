// Types for build/csp.cjs, so tests can import it.
export declare function contentSecurityPolicy(options: {
  officeJs: boolean;
  devSocket: string | null;
}): string;
export declare const STATIC_PAGE_POLICY: string;
export declare function addCspMeta(html: string, policy: string): string;
