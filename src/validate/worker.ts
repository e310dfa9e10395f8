// Worker thread of `plan validate` for large batches (see batch.ts): claims files from the shared
// queue, checks them exactly as the main thread does, and sends the outcomes back by index.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { batchContext, checkClaimed, fileChecker, type WorkerData } from './batch.js';

const data = workerData as WorkerData;
// Workers only get files; stdin stays with the main thread.
const checker = fileChecker(batchContext(data.options), data.options.maxBytes, () => Readable.from([]));
const outcomes = await checkClaimed(data.inputs, checker, new Int32Array(data.counter));
parentPort!.postMessage([...outcomes]);
