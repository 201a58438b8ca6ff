/**
 * The sandbox carrier behind the CarrierConnector interface, in-process: `send` hands the 834 to the
 * simulator at once, and its answers (TA1, 999, result files) are what `receive` returns. A carrier
 * with the connection `{type: 'sandbox'}` works with no folders, servers or network.
 *
 * The mailbox lives in this object: keep one SandboxConnector per carrier for as long as the answers
 * are wanted (the worker keeps it across polls), or nothing will come back.
 */
import { assertFileName, ConnectorError, type CarrierConnector, type InboundFile, type OutboundFile } from '../connectors/connector.ts';
import { answerFiles, contentDigest, createSandboxCarrier, type SandboxAnswer, type SandboxCarrier } from './sandbox-carrier.ts';

export class SandboxConnector implements CarrierConnector {
  readonly sandbox: SandboxCarrier;
  /** Every answer the sandbox gave, in order: for tests and demos that want to look. */
  readonly answers: SandboxAnswer[] = [];
  readonly #now: () => Date;
  readonly #sent = new Map<string, string>();
  readonly #inbox: InboundFile[] = [];
  readonly #processed = new Set<string>();

  readonly #resultFiles: boolean;

  /**
   * Without a sandbox: one that knows no groups and checks every member as if its group existed.
   * `resultFiles: false` keeps the result files back: the carrier answers a TA1 or 999 only.
   */
  constructor(sandbox?: SandboxCarrier, options: { now?: () => Date; resultFiles?: boolean } = {}) {
    this.sandbox = sandbox ?? createSandboxCarrier({ groups: [], unknownGroups: 'accept' });
    this.#now = options.now ?? (() => new Date());
    this.#resultFiles = options.resultFiles ?? true;
  }

  async send(file: OutboundFile): Promise<void> {
    assertFileName(file.name);
    const digest = contentDigest(file.content);
    const earlier = this.#sent.get(file.name);
    if (earlier === digest) return;
    if (earlier !== undefined) throw new ConnectorError('conflict', `The sandbox already received a different file named ${file.name}`);
    this.#sent.set(file.name, digest);
    const answer = await this.sandbox.receive834InSlices(file.content, file.name);
    this.answers.push(answer);
    const receivedAt = this.#now();
    const files = this.#resultFiles ? answerFiles(answer) : answerFiles({ ...answer, results: [], names: { ...answer.names, results: [] } });
    for (const { name, content } of files) this.#inbox.push({ name, content, receivedAt });
  }

  async receive(): Promise<InboundFile[]> {
    return this.#inbox.map((file) => ({ ...file }));
  }

  async markProcessed(name: string): Promise<void> {
    assertFileName(name);
    const index = this.#inbox.findIndex((file) => file.name === name);
    if (index === -1) {
      if (this.#processed.has(name)) return;
      throw new ConnectorError('not_found', `${name} is not among the sandbox's answers`);
    }
    this.#inbox.splice(index, 1);
    this.#processed.add(name);
  }

  async close(): Promise<void> {}
}
