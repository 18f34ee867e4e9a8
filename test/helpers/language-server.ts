// A client of the real yaml-language-server over stdio, as an editor runs it: just enough of LSP
// to open a document and read its diagnostics and completions.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './run-cli.js';

export interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

export interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

// What the server pulls with workspace/configuration, per section; no schema store on the network.
const SETTINGS: Record<string, unknown> = {
  yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } },
};

export class LanguageServer {
  private readonly diagnostics = new Map<string, (d: Diagnostic[]) => void>();

  private constructor(
    private readonly connection: MessageConnection,
    private readonly stop: () => void,
  ) {
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => SETTINGS[item.section ?? ''] ?? null),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      if (p.diagnostics.length > 0) this.diagnostics.get(p.uri)?.(p.diagnostics);
    });
  }

  static async start(): Promise<LanguageServer> {
    const child = spawn(process.execPath, [`${ROOT}node_modules/yaml-language-server/bin/yaml-language-server`, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new LanguageServer(connection, () => child.kill());
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { documentationFormat: ['markdown'] } } } },
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  /** Opens a file's text and waits for the first diagnostics the server publishes for it. */
  open(path: string, text: string): { uri: string; diagnostics: Promise<Diagnostic[]> } {
    const uri = pathToFileURL(path).href;
    const diagnostics = new Promise<Diagnostic[]>((resolve) => this.diagnostics.set(uri, resolve));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return { uri, diagnostics };
  }

  async complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest<{ items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return result.items;
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    this.connection.dispose();
    this.stop();
  }
}
