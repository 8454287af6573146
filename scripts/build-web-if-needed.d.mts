/** True when web/dist under `root` (default: the working directory) is missing or out of date. */
export function webBuildIsStale(root?: string): boolean;
