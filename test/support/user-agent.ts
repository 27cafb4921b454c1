/**
 * A scripted person at the local provider, over plain HTTP: follows the provider's redirects with a
 * cookie jar (cookies are per host, as in a browser: the provider and the service share 127.0.0.1),
 * presses a button of its login page, and stops at the redirect that leaves for the service.
 */

interface Cookie {
  value: string;
  path: string;
}

export class UserAgent {
  readonly cookies = new Map<string, Cookie>();
  /** Requests sent, for bounded loops. */
  requests = 0;

  #store(response: Response, url: URL): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const path = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? url.pathname;
      const expired = attributes.some((a) => /^max-age=0$/i.test(a.trim()) || /^expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  #header(url: URL): string {
    return [...this.cookies]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  /** One request, no redirect followed. */
  async send(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    if (++this.requests > 200) throw new Error('UserAgent: too many requests');
    const target = new URL(url);
    const headers: Record<string, string> = { cookie: this.#header(target) };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    this.#store(response, target);
    return response;
  }

  /** Follows redirects while they stay on `origin`; returns the last response and the URL it left for, if any. */
  async follow(url: string | URL, origin: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ response: Response; leftFor?: URL }> {
    let response = await this.send(url, init);
    let current = new URL(url);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const next = new URL(response.headers.get('location')!, current);
      await response.body?.cancel();
      if (next.origin !== origin) return { response, leftFor: next };
      current = next;
      response = await this.send(next);
    }
    return { response };
  }

  /**
   * From the provider's authorization URL to the callback URL it sends the browser back to, pressing the
   * button of `account` on the login page (or « Annuler » with `cancel`).
   */
  async signIn(authorizationUrl: URL, choice: { account: string } | { cancel: true }): Promise<URL> {
    const { response } = await this.follow(authorizationUrl, authorizationUrl.origin);
    const page = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action) throw new Error(`No login page (${response.status}): ${page.slice(0, 300)}`);
    const form: Record<string, string> = 'account' in choice ? { compte: choice.account } : { annuler: '1' };
    const { leftFor } = await this.follow(new URL(action, authorizationUrl), authorizationUrl.origin, { form });
    if (!leftFor) throw new Error('The provider did not send the browser back to the service');
    return leftFor;
  }
}
