// The page's script, bundled from report/ui/main.ts at build time (report/ui/bundle.mjs).
declare module 'virtual:report-ui' {
  export const APP_JS: string;
}
