import { ArLensDb } from 'shared/db';

/** Extension pages share the background's origin, so they open the same database directly. */
export const db = new ArLensDb();
