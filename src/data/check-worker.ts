// A worker thread that parses and validates its share of a folder's new or changed files.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSource } from './check-sources.js';

const sources = workerData as { file: string; text: string }[];
parentPort!.postMessage(sources.map((s) => checkSource(s.file, s.text)));
