import { placesWithFiguresFirst } from './sameNameOrder.ts';

/** The part of Pagefind's browser API the search page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; figures?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(query: string, options?: object, delay?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown at once; each result loads a fragment, so a phone fetches only these. */
const SHOWN = 20;

/**
 * The search page's behaviour once JavaScript runs: swap the "search needs JavaScript" note
 * for the form, load the index only on the first query, and keep the query in the address
 * (?q=) so a search can be shared and the back button works.
 */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector('ol')!;
  root.querySelector<HTMLElement>('[data-search-needs-js]')!.hidden = true;
  form.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ root.dataset['bundle']!) as Promise<Pagefind>).then(async (module) => {
      await module.options({ baseUrl: root.dataset['base']! });
      return module;
    }));

  async function run(query: string): Promise<void> {
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await (await load()).debouncedSearch(query, {}, 200);
    if (!search) return; // a newer query replaced this one
    const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    list.replaceChildren(...placesWithFiguresFirst(results).map(resultItem));
    status.textContent = (search.results.length === 0 ? root.dataset['none']! : root.dataset['found']!).replace('{count}', String(search.results.length));
  }

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
