// Types for build/dev-certs.cjs, so tests can import it.
export interface DevCertificates {
  options: { key: Buffer; cert: Buffer; ca?: Buffer };
  /** True when made here with openssl: browsers warn until it is trusted. */
  selfMade: boolean;
  /** The folder the files came from. */
  where: string;
}
/** home defaults to the user's home folder. */
export declare function devCertificates(rootDir: string, home?: string): DevCertificates;
