// Quarry is a client-rendered PWA: once installed it runs with no server at all.
export const ssr = false;
export const prerender = false;
