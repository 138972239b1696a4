/** `lightning/platformResourceLoader`: loads static resources (served by the preview server) once per URL. */
const loaded = new Map<string, Promise<void>>();

function load(url: string, create: () => HTMLElement): Promise<void> {
    let promise = loaded.get(url);
    if (!promise) {
        promise = new Promise<void>((resolve, reject) => {
            const el = create();
            el.addEventListener('load', () => resolve());
            el.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
            document.head.appendChild(el);
        });
        loaded.set(url, promise);
    }
    return promise;
}

export function loadScript(_component: unknown, url: string): Promise<void> {
    return load(url, () => {
        const s = document.createElement('script');
        s.src = url;
        s.async = false;
        return s;
    });
}

export function loadStyle(_component: unknown, url: string): Promise<void> {
    return load(url, () => {
        const l = document.createElement('link');
        l.rel = 'stylesheet';
        l.href = url;
        return l;
    });
}
