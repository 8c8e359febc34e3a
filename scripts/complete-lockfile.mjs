// npm ci refuses a lock file that lacks an entry for any optional dependency, and the registry
// this project installs from has no builds for other platforms (Windows, macOS, Android, musl),
// so `npm install` leaves those entries out. This adds them back as platform-restricted optional
// entries, which npm ci then skips on Linux. Run after `npm install` adds or updates a package.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split("/").pop();
  const os = /win32|windows/.test(tail)
    ? "win32"
    : /darwin/.test(tail)
      ? "darwin"
      : /android/.test(tail)
        ? "android"
        : /linux/.test(tail)
          ? "linux"
          : /freebsd/.test(tail)
            ? "freebsd"
            : null;
  const cpu = /arm64|aarch64/.test(tail)
    ? "arm64"
    : /x64|-64$/.test(tail)
      ? "x64"
      : /ia32/.test(tail)
        ? "ia32"
        : /arm$/.test(tail)
          ? "arm"
          : null;
  const libc = /musl/.test(tail) ? "musl" : null;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ""}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[key] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os) continue;
    packages[hoisted] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform-restricted optional entries to ${LOCK}`);
