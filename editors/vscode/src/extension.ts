// Starts `contentlint lsp` from the distribution and connects VS Code's language client to it.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function serverOptions(): ServerOptions {
    const path = vscode.workspace.getConfiguration('contentlint').get<string>('path') || 'contentlint';
    // The launcher is a shell script on Unix and a .bat file on Windows; both take the command as their argument.
    const run = { command: path, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
    return { run, debug: run };
}

function clientOptions(): LanguageClientOptions {
    const settings = vscode.workspace.getConfiguration('contentlint');
    return {
        documentSelector: [
            { scheme: 'file', language: 'markdown' },
            { scheme: 'file', language: 'html' },
            { scheme: 'file', language: 'plaintext' },
            { scheme: 'untitled', language: 'markdown' },
        ],
        initializationOptions: {
            debounceMillis: settings.get<number>('debounceMillis'),
            config: settings.get<string | null>('config') || undefined,
            warmGrammar: settings.get<boolean>('warmGrammar'),
        },
        // The server registers its own watchers for config, glossary and dictionary files.
        outputChannelName: 'contentlint',
    };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
    client = new LanguageClient('contentlint', 'contentlint', serverOptions(), clientOptions());
    try {
        await client.start();
    } catch (e) {
        const path = vscode.workspace.getConfiguration('contentlint').get<string>('path');
        void vscode.window.showErrorMessage(
            `contentlint: could not start '${path} lsp' (${e}). Set contentlint.path to the bin/contentlint of a distribution.`);
    }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    context.subscriptions.push(vscode.commands.registerCommand('contentlint.restart', async () => {
        if (client) await client.stop();
        await start(context);
    }));
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async e => {
        if (e.affectsConfiguration('contentlint') && client) {
            await client.stop();
            await start(context);
        }
    }));
    await start(context);
}

export async function deactivate(): Promise<void> {
    if (client) await client.stop();
}
