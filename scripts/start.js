// Serves the built site. Links in previews and embed code are absolute, so they need the address
// the site is reached at: ORIGIN when set (production), otherwise this machine's own address.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT ?? 3000}`;
await import('../build/index.js');
