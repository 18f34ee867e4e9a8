// A worker thread that parses and validates its share of a folder's new or changed files.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSource } from './check-sources.js';

const { sources, progress } = workerData as { sources: { file: string; text: string }[]; progress: boolean };
parentPort!.postMessage(
  sources.map((s) => {
    const checked = checkSource(s.file, s.text);
    if (progress) parentPort!.postMessage(1);
    return checked;
  }),
);
