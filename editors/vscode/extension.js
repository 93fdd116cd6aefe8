// Starts `spearhead lsp` for .vn files and hands it to VS Code's language client: the server
// does the work (diagnostics, completion, definitions, hover); this file only wires it up.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("spearhead").get("server.path", "spearhead");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "spearhead",
    "Spearhead",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "spearhead" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
