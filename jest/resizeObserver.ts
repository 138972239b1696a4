/**
 * A ResizeObserver the test drives, for components that change layout with their width (c/planSectionUtils
 * observeWidth): jsdom has none and lays nothing out.
 *   const observers = installResizeObserver();   // in beforeEach; uninstallResizeObserver() in afterEach
 *   resizeAll(390);                              // every observed element is now 390 px wide
 */
type Callback = (entries: { contentRect: { width: number } }[]) => void;

export class FakeResizeObserver {
    static instances: FakeResizeObserver[] = [];
    observed: Element[] = [];
    disconnected = false;

    constructor(private readonly callback: Callback) {
        FakeResizeObserver.instances.push(this);
    }

    observe(element: Element): void {
        this.observed.push(element);
    }

    disconnect(): void {
        this.disconnected = true;
    }

    /** Calls back with one entry per width, as the browser does after a layout. */
    resize(...widths: number[]): void {
        this.callback(widths.map((width) => ({ contentRect: { width } })));
    }
}

export function installResizeObserver(): typeof FakeResizeObserver.instances {
    FakeResizeObserver.instances = [];
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    return FakeResizeObserver.instances;
}

export function uninstallResizeObserver(): void {
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
}

/** Every connected observer reports the width. */
export function resizeAll(width: number): void {
    FakeResizeObserver.instances.filter((observer) => !observer.disconnected).forEach((o) => o.resize(width));
}
