// The request context of one Excel.run: queues this client's operations and sends them at sync().
import { invalidObjectPath, payloadTooLarge } from "./errors";
import { dispatchChanges } from "./events";
import type { Action, Pending } from "./proxy";
import { jsonBytes } from "../../core/jsonBytes";
import { officeRequestBody, PAYLOAD_LIMIT_BYTES, type RunStats } from "./stats";
import type { Anchor } from "./model";
import type { SimWorkbook } from "./workbook";
import { SimWorkbookProxy } from "./workbook-proxy";

export class SimContext {
  readonly _workbook: SimWorkbook;
  readonly _clientName: string;
  _stats: RunStats;
  private _queueList: Action[] = [];
  /** Ids of object paths and actions, counted up over the context's life as Office.js does. */
  private _lastId = 0;
  private _alive = true;
  readonly workbook: SimWorkbookProxy;
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  readonly debugInfo = {};

  constructor(workbook: SimWorkbook, clientName: string, stats: RunStats) {
    this._workbook = workbook;
    this._clientName = clientName;
    this._stats = stats;
    this.workbook = new SimWorkbookProxy(this);
  }

  get application(): SimWorkbookProxy["application"] {
    return this.workbook.application;
  }

  _assertAlive(path: string): void {
    if (!this._alive) throw invalidObjectPath(path);
  }

  _enqueue(action: Action): void {
    this._queueList.push(action);
  }

  /** Excel.run(object or context, batch): the same context serves another batch. */
  _resume(stats: RunStats): void {
    for (const a of this._anchors) this._workbook.anchors.add(a);
    this._alive = true;
    this._stats = stats;
  }

  private _anchors: Anchor[] = [];

  /** Registers a Range's location so inserts and deletes move it, until the run ends. */
  _anchor(a: Anchor): void {
    this._anchors.push(a);
    this._workbook.anchors.add(a);
  }

  _end(): void {
    // Ranges stop following their cells until the context is carried on by Excel.run(obj, batch).
    for (const a of this._anchors) this._workbook.anchors.delete(a);
    this._alive = false;
    this._queueList = [];
  }

  get _hasPending(): boolean {
    return this._queueList.length > 0;
  }

  /**
   * Sends the queued operations. They run in order against the shared workbook; an operation that fails
   * rejects the sync, keeping what ran before it (Excel has no transactions). A request or response over
   * 5 MB is refused as on Excel on the web, and then nothing of the batch is applied.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this._assertAlive("context.sync");
    await this._send();
    return passThroughValue as T;
  }

  private async _send(): Promise<void> {
    const actions = this._queueList;
    this._queueList = [];
    // Office.js sends nothing when nothing is queued.
    if (actions.length === 0) return;
    const stats = this._stats;
    stats.syncs++;
    // Measured as Office.js would send it: each object path once, operations referring to it by id.
    const body = officeRequestBody(
      actions.map((a) => a.desc),
      () => ++this._lastId,
    );
    const requestBytes = jsonBytes(body);
    stats.requestBytes += requestBytes;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw payloadTooLarge("request", requestBytes);

    const wb = this._workbook;
    wb.begin();
    const pending: Pending[] = [];
    try {
      for (const a of actions) a.run(pending);
      wb.recalculate();
    } catch (err) {
      dispatchChanges(wb, wb.commit(), this._clientName);
      throw err;
    }
    const responseBytes = jsonBytes(pending.map((p) => p.data));
    stats.responseBytes += responseBytes;
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      wb.rollback();
      throw payloadTooLarge("response", responseBytes);
    }
    const changes = wb.commit();
    for (const p of pending) p.apply();
    dispatchChanges(wb, changes, this._clientName);
  }
}
