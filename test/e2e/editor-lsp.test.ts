// The schema in a real editor: start the yaml-language-server npm package (the server behind VS Code's
// YAML extension, Neovim, Helix, Zed...) over LSP stdio, open strategy files whose modeline points at
// schemas/strategy.schema.json, and check completion, hover and diagnostics as an editor would get them.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const WAIT_MS = 10_000;

interface Message { jsonrpc: '2.0'; id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string } }
interface Position { line: number; character: number }
interface CompletionItem { label: string; insertText?: string; documentation?: string | { value: string } }
interface Diagnostic { message: string; range: { start: Position } }

/** A minimal LSP client: Content-Length framing over the server's stdin and stdout. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private listeners: ((message: Message) => void)[] = [];
  readonly stderr: string[] = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr.setEncoding('utf8').on('data', (text: string) => this.stderr.push(text));
    child.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited; stderr: ${this.stderr.join('')}`));
      this.pending.clear();
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.method) {
      // A request from the server (configuration, capability registration...): answer so it never waits.
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message) });
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  private answer(message: Message): unknown {
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items: { section?: string }[] }).items;
      return items.map((item) => (item.section === 'yaml' ? YAML_SETTINGS.yaml : null));
    }
    return null;
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return withTimeout(new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    }), `${method} response`);
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification that matches, within the time limit. */
  waitFor<T>(method: string, match: (params: T) => boolean): Promise<T> {
    return withTimeout(new Promise<T>((resolve) => {
      const listener = (message: Message) => {
        if (message.method === method && match(message.params as T)) {
          this.listeners = this.listeners.filter((l) => l !== listener);
          resolve(message.params as T);
        }
      };
      this.listeners.push(listener);
    }), `${method} notification`);
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const YAML_SETTINGS = { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } } };

const docText = (item: CompletionItem | undefined): string =>
  typeof item?.documentation === 'string' ? item.documentation : item?.documentation?.value ?? '';

/** 0-based position of `needle` in `text` (its first character). */
function positionOf(text: string, needle: string): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('the schema in yaml-language-server (LSP over stdio)', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: LspClient;
  let version = 0;

  const open = (path: string, text: string) => {
    const uri = pathToFileURL(join(ROOT, path)).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
    return uri;
  };

  beforeAll(async () => {
    child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    client = new LspClient(child);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: 'social-plan' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
      },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: YAML_SETTINGS });
  });

  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await client.request('shutdown', null).catch(() => undefined);
    client.notify('exit', null);
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  });

  it('finds no problem in an example, and hover on a key shows its description', async () => {
    const path = 'examples/cafe-boreal.strategy.yaml';
    const text = await readFile(join(ROOT, path), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/strategy.schema.json');
    const diagnostics = client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri.endsWith(path));
    const uri = open(path, text);
    expect((await diagnostics).diagnostics).toEqual([]);

    const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
      textDocument: { uri }, position: positionOf(text, 'positioning:'),
    });
    expect(hover.contents.value).toContain('Positioning');
    expect(hover.contents.value).toContain('The angle that guides every post');

    // A key whose type comes from a shared definition ($ref) still shows its own title and text.
    const refHover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri }, position: positionOf(text, 'review_by:'),
    });
    expect(refHover.contents.value).toContain('Next review');
    expect(refHover.contents.value).toContain('living document');

    const enumHover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri }, position: positionOf(text, 'address: tu'),
    });
    expect(enumHover.contents.value).toContain('`tu` or `vous` in French');
  });

  it('offers every section at the top level, and a whole section as a snippet inside each', async () => {
    const text = '# yaml-language-server: $schema=../schemas/strategy.schema.json\nversion: 1\n\norganization:\n  \ncrisis:\n  \n';
    const uri = open('examples/new-completion.strategy.yaml', text);
    const complete = async (line: number, character: number) => {
      const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
        textDocument: { uri }, position: { line, character },
      });
      return Array.isArray(result) ? result : result.items;
    };
    const top = await complete(2, 0);
    const labels = top.map((item) => item.label);
    for (const section of ['platforms', 'audiences', 'editorial_line', 'objectives', 'community', 'policy', 'measurement', 'calendar']) {
      expect(labels).toContain(section);
    }
    expect(labels).not.toContain('version'); // already in the file
    expect(docText(top.find((item) => item.label === 'editorial_line'))).toContain('Step 3 of the strategy');

    const organization = (await complete(4, 2)).find((item) => item.label === 'organization (whole section)');
    expect(organization?.insertText).toMatch(/name: .*\nsector: .*\nlanguage: [^]*review_by: /);
    const crisis = (await complete(6, 2)).find((item) => item.label === 'crisis (whole section)');
    expect(crisis?.insertText).toMatch(/approvers:[^]*tiers:[^]*holding_statement: /);
  });

  it('offers a whole strategy in an empty file', async () => {
    const uri = open('examples/new-empty.strategy.yaml', '# yaml-language-server: $schema=../schemas/strategy.schema.json\n');
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri }, position: { line: 1, character: 0 },
    });
    const items = Array.isArray(result) ? result : result.items;
    const starter = items.find((item) => item.label === 'New strategy (the three steps)');
    expect(starter?.insertText).toMatch(/^version: 1\norganization:[^]*platforms:[^]*audiences:[^]*editorial_line:/);
  });

  it('offers a whole platform entry, persona and pillar in their lists, and documented enum values', async () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/strategy.schema.json',
      'version: 1',
      'platforms:',
      '  - ',
      'audiences:',
      '  - ',
      'editorial_line:',
      '  pillars:',
      '    - ',
      '  tone:',
      '    address: ',
      '',
    ].join('\n');
    const uri = open('examples/new-snippets.strategy.yaml', text);
    const complete = async (line: number, character: number) => {
      const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
        textDocument: { uri }, position: { line, character },
      });
      return Array.isArray(result) ? result : result.items;
    };
    const platform = (await complete(3, 4)).find((i) => i.label === 'platform entry');
    expect(platform?.insertText).toMatch(/id: [^]*role: [^]*rationale: [^]*audiences:[^]*cadence:[^]*posts: [^]*owner: /);
    const persona = (await complete(5, 4)).find((i) => i.label === 'persona');
    expect(persona?.insertText).toMatch(/id: [^]*name: [^]*age:[^]*min: [^]*needs:/);
    const pillar = (await complete(8, 6)).find((i) => i.label === 'pillar');
    expect(pillar?.insertText).toMatch(/id: [^]*name: [^]*share: [^]*purpose: /);
    const address = await complete(10, 13);
    expect(address.map((i) => i.label)).toEqual(expect.arrayContaining(['tu', 'vous', 'informal', 'formal']));
    expect(docText(address.find((i) => i.label === 'vous'))).toMatch(/polite/);
  });

  it('flags a misspelt key with a diagnostic on its line', async () => {
    const path = 'examples/typo.strategy.yaml';
    const text = [
      '# yaml-language-server: $schema=../schemas/strategy.schema.json',
      'version: 1',
      'organisation:',
      '  name: Café Boréal',
      '',
    ].join('\n');
    const diagnostics = client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics', (p) => p.uri.endsWith(path) && p.diagnostics.length > 0);
    open(path, text);
    const found = (await diagnostics).diagnostics;
    const typo = found.find((d) => /organisation/.test(d.message));
    expect(typo?.range.start.line).toBe(2);
    expect(found.some((d) => /organization/.test(d.message))).toBe(true); // the missing required section
  });
});
