import '@testing-library/jest-dom/vitest';
// Unmounts each test's components after it (see the client project in vite.config.ts).
import '@testing-library/svelte/vitest';
