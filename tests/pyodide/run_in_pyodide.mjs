// Runs a Python file inside Pyodide — the runtime Flet's web build ships for the offline PWA — under Node, with
// the repository and the host's pure-Python dependencies mounted from disk (nothing is downloaded).
//   node run_in_pyodide.mjs <pyodide dir> <repository> <site-packages> <script.py> [args...]
// The script defines `async def run()`; the runner awaits it on Pyodide's event loop and prints its result as one
// JSON line (the script's own prints go to stdout too). Exit code 1 on any error.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, repository, sitePackages, script, ...args] = process.argv.slice(2);
try {
  const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
  const py = await loadPyodide({ indexURL: `${pyodideDir}/` });
  const { NODEFS } = py.FS.filesystems;
  for (const [host, inside] of [[repository, "/repo"], [sitePackages, "/site"]]) {
    py.FS.mkdirTree(inside);
    py.FS.mount(NODEFS, { root: host }, inside);
  }
  py.FS.mkdirTree("/data"); // the device's storage: in memory, gone with the process
  py.globals.set("SCRIPT_ARGS", py.toPy([script, ...args]));
  // the repository first; the host's site-packages last, so Pyodide's own standard library always wins
  await py.runPythonAsync("import sys; sys.path.insert(0, '/repo'); sys.path.append('/site'); "
                          + "sys.argv = list(SCRIPT_ARGS)");
  await py.runPythonAsync(readFileSync(script, "utf8"), { filename: script });
  await py.runPythonAsync("import json; print(json.dumps(await run(), ensure_ascii=False))");
  // done: a cancelled asyncio sleep leaves its JS timer behind, which would keep Node alive until it fires
  process.exit(0);
} catch (error) {
  console.error(String(error && error.stack ? error.stack : error));
  process.exit(1);
}
