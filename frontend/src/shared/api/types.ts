import type { components } from '@/api/schema';

/** Schema types generated from ../openapi.yaml (see `npm run generate`). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
