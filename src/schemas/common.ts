import { z } from 'zod';

/** A list of asset references: URLs, or local paths in a manifest. Empty strings are a shape error. */
export const assetList = z.array(z.string().min(1));
