// Every file under a folder, however deep, in a stable order: the release build and the size
// checks walk dist/ the same way.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found.sort();
}
