// Types for eslint.boundaries.js, so the boundaries test can import it.
import type { Linter } from 'eslint';

export declare const boundaries: Linter.Config[];
