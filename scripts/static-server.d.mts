export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export declare function startStaticServer(
  root: string,
  headers?: (path: string) => Record<string, string>,
  port?: number,
): Promise<StaticServer>;
