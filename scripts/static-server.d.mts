export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export interface PostReply {
  status: number;
  type?: string;
  body: string;
}
export declare function startStaticServer(
  root: string,
  headers?: (path: string) => Record<string, string>,
  port?: number,
  options?: { post?: (path: string, body: string, contentType: string) => PostReply },
): Promise<StaticServer>;
