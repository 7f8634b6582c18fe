// Metadata an HTML page offers about itself (title, site name, publication date, canonical URL), read in the
// browser so the intake form can show it as *suggested* before the editor confirms it.
export interface PageSuggestions {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

const meta = (page: Document, ...names: string[]): string | undefined => {
  for (const name of names) {
    const content = page
      .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
      ?.getAttribute('content')
      ?.trim();
    if (content) return content;
  }
  return undefined;
};

export const looksLikeHtml = (text: string): boolean =>
  /^\s*<(!doctype|html|head|body|article|p|div)\b/i.test(text);

export function pageSuggestions(html: string): PageSuggestions {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const title = meta(page, 'og:title') ?? (page.title.trim() || undefined);
  const published = meta(page, 'article:published_time', 'date', 'pubdate')?.slice(0, 10);
  const url =
    meta(page, 'og:url') ?? page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    ...(title ? { title } : {}),
    ...(meta(page, 'og:site_name') ? { outlet: meta(page, 'og:site_name') } : {}),
    ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
  };
}
