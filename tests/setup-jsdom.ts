import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// Unmounts each test's components after it (see the client project in vite.config.ts). Registered
// here, not by importing '@testing-library/svelte/vitest': files share one module graph, so that
// module runs once per worker and its hook would reach the first file alone.
afterEach(() => cleanup());
