// How a page's JS frame reads once mapped (bundler/js-source-maps.ts): the page's own files as
// paths (as Node shows them), a bundler's virtual URLs as the file they name.
import { describe, expect, it } from 'vitest';
import { sourceName } from '../../bundler/js-source-maps';

describe('sourceName', () => {
  const origin = 'http://127.0.0.1:5173';
  it("the page's origin and a dev server's query are no part of the file", () => {
    expect(sourceName('http://127.0.0.1:5173/src/main.ts', origin)).toBe('src/main.ts');
    expect(sourceName('http://127.0.0.1:5173/src/main.ts?t=1733312345', origin)).toBe('src/main.ts');
    expect(sourceName('http://127.0.0.1:5173/node_modules/.vite/deps/pkg.js?v=3f2a#x', origin)).toBe('node_modules/.vite/deps/pkg.js');
    expect(sourceName('http://127.0.0.1:5173/src/a%20b.ts', origin)).toBe('src/a b.ts');
  });
  it("another origin, or none known (a worker's), keeps the URL", () => {
    expect(sourceName('https://cdn.example.com/lib.js', origin)).toBe('https://cdn.example.com/lib.js');
    expect(sourceName('http://127.0.0.1:5174/src/main.ts', origin)).toBe('http://127.0.0.1:5174/src/main.ts');
    expect(sourceName('http://127.0.0.1:5173/src/main.ts', undefined)).toBe('http://127.0.0.1:5173/src/main.ts');
  });
  it("webpack's virtual URLs name the project's file", () => {
    expect(sourceName('webpack://my-app/./src/index.js', origin)).toBe('src/index.js');
    expect(sourceName('webpack://my-app/node_modules/pkg/x.js', origin)).toBe('node_modules/pkg/x.js');
  });
});
