/*
 * A worker thread of a threaded `--ndjson` batch (threadedBatch.ts). It loads the batch's command
 * once (jobs sent meanwhile wait in its port), then answers each job `{ seq, bytes }` with
 * `{ seq, bytes, length, status }`: the answers' UTF-8 bytes, moved back, not copied. Built as
 * dist/cli/batchWorker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerJob } from './batchJob';
import { COMMAND_LOADERS } from './commands/load';
import { lineAnswerer, type BatchBase } from './run';

interface WorkerSetup {
  readonly command: string;
  readonly base: BatchBase;
}

const port = parentPort!;
const setup = workerData as WorkerSetup;

void COMMAND_LOADERS[setup.command]!().then((spec) => {
  const answerLine = lineAnswerer(spec, setup.base);
  port.on('message', ({ seq, bytes }: { seq: number; bytes: Uint8Array }) => {
    const answer = answerJob(bytes, answerLine);
    // Encoded here, not on the main thread (which only writes), into a buffer of its own (not a
    // slice of Node's shared pool) so that it can be moved to the main thread.
    const out = Buffer.allocUnsafeSlow(answer.text.length * 3);
    const length = out.write(answer.text);
    port.postMessage({ seq, bytes: out, length, status: answer.status }, [out.buffer]);
  });
});
