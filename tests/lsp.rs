//! `spearhead lsp`, spoken to as an editor does: the real binary over stdin and stdout, framed
//! JSON-RPC. A small story in a temporary folder is opened with a typo, fixed as the writer
//! types, and asked for completions, a definition and a hover.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

const MANIFEST: &str = r##"title = "LSP"
start = "start"
assets = "assets"
[locations.republic]
name = "Republic"
[characters.lena]
name = "Lena"
[characters.lena.sprites]
neutral = "lena.png"
smile = "lena_smile.png"
[characters.lena.poses.salute]
neutral = "lena.png"
[characters.lena.poses.band]
neutral = "lena.png"
[cgs]
haircut = "lena.png"
[stats.morale]
min = 0
max = 10
start = 4
[endings.done]
title = "Done"
"##;

const SCRIPT: &str = "var met = false
scene start in republic \"Start\"
lena: Hello, {morale}.
met = true
if morale > 3 and met
    jump nxt
jump next

scene next
> The end.
end done
";

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_spearhead"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the spearhead binary runs");
        let stdin = child.stdin.take().expect("piped");
        let stdout = BufReader::new(child.stdout.take().expect("piped"));
        Client {
            child,
            stdin,
            stdout,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut header = String::new();
            self.stdout.read_line(&mut header).expect("a header line");
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some(n) = header.strip_prefix("Content-Length: ") {
                length = n.parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).expect("the body");
        serde_json::from_slice(&body).expect("JSON")
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its result, keeping notifications that come before it.
    fn request(&mut self, method: &str, params: Value, notes: &mut Vec<Value>) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.receive();
            if message["id"] == json!(id) {
                return message["result"].clone();
            }
            notes.push(message);
        }
    }

    /// The next `publishDiagnostics` for `uri`.
    fn diagnostics_for(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = self.receive();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
            {
                return message["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
            }
        }
    }
}

fn story_folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spearhead-lsp-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    std::fs::write(dir.join("story.toml"), MANIFEST).expect("writable");
    let assets = dir.join("assets");
    std::fs::create_dir_all(&assets).expect("writable");
    for sprite in ["lena.png", "lena_smile.png"] {
        std::fs::write(assets.join(sprite), b"").expect("writable");
    }
    std::fs::write(dir.join("a.vn"), SCRIPT).expect("writable");
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn initialize(client: &mut Client, dir: &Path) {
    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(dir), "capabilities": {}}),
        &mut Vec::new(),
    );
    assert_eq!(init["capabilities"]["definitionProvider"], json!(true));
    client.notify("initialized", json!({}));
}

/// (line, character) of the end of `needle` in SCRIPT-like `text`, 0-based.
fn after(text: &str, needle: &str) -> (usize, usize) {
    let end = text.find(needle).expect("in the text") + needle.len();
    let line = text[..end].matches('\n').count();
    let column = end - text[..end].rfind('\n').map_or(0, |i| i + 1);
    (line, column)
}

fn at(uri: &str, (line, character): (usize, usize)) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

#[test]
fn an_editor_gets_diagnostics_completions_definitions_and_hovers() {
    let dir = story_folder("one-file");
    let file = uri(&dir.join("a.vn"));
    let mut client = Client::start();
    let mut notes = Vec::new();
    initialize(&mut client, &dir);

    // Opened with a typo: one error, on the line of `jump nxt`, with the hint.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file, "languageId": "spearhead", "version": 1, "text": SCRIPT}}),
    );
    let diagnostics = client.diagnostics_for(&file);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["severity"], json!(1));
    assert_eq!(diagnostics[0]["code"], json!("unknown-scene"));
    assert_eq!(diagnostics[0]["range"]["start"]["line"], json!(5));
    let message = diagnostics[0]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("nxt") && message.contains("next"),
        "{message}"
    );

    // The writer fixes it (unsaved): the error goes.
    let fixed = SCRIPT.replace("jump nxt", "jump next");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    assert_eq!(client.diagnostics_for(&file), Vec::<Value>::new());

    // After `jump `: the scenes. On a new line `show lena (`: her expressions; after
    // `pose`, her poses; after `cg`, the CGs.
    let typing = format!("{fixed}show lena (smile) pose \ncg \nshow lena (");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 3}, "contentChanges": [{"text": typing}]}),
    );
    let labels = |result: &Value| -> Vec<String> {
        let items = result.as_array().cloned().unwrap_or_default();
        let mut labels: Vec<String> = items
            .iter()
            .map(|i| i["label"].as_str().unwrap_or_default().to_string())
            .collect();
        labels.sort();
        labels
    };
    let scenes = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "    jump ")),
        &mut notes,
    );
    assert_eq!(labels(&scenes), ["next", "start"]);
    let expressions = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "show lena (")),
        &mut notes,
    );
    assert_eq!(labels(&expressions), ["neutral", "smile"]);
    let poses = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "(smile) pose ")),
        &mut notes,
    );
    assert_eq!(labels(&poses), ["band", "salute"]);
    let cgs = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "\ncg ")),
        &mut notes,
    );
    assert_eq!(labels(&cgs), ["haircut"]);
    // In a condition: stats and variables.
    let names = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "if ")),
        &mut notes,
    );
    assert_eq!(labels(&names), ["met", "morale"]);
    // At the start of a line: characters, variables and the keywords.
    let typing = format!("{fixed}m");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 4}, "contentChanges": [{"text": typing}]}),
    );
    let starts = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "end done\nm")),
        &mut notes,
    );
    assert_eq!(labels(&starts), ["met", "morale", "move", "music"]);

    // Inside a line's braces: the variables, and the forms of text variation after a bare `{`;
    // in an `{if ...}` condition, the variables; in a variation's texts, nothing.
    let typing = format!("{fixed}> Hi {{\n> Hi {{if m\n> Hi {{seq: a | m");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file, "version": 5}, "contentChanges": [{"text": typing}]}),
    );
    let hole = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "> Hi {")),
        &mut notes,
    );
    assert_eq!(
        labels(&hole),
        ["cycle", "if", "met", "morale", "once", "seq"]
    );
    let condition = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "{if m")),
        &mut notes,
    );
    assert_eq!(labels(&condition), ["met", "morale"]);
    let variant = client.request(
        "textDocument/completion",
        at(&file, after(&typing, "{seq: a | m")),
        &mut notes,
    );
    assert_eq!(labels(&variant), Vec::<String>::new());

    // Go to definition on `next` in `jump next`: the scene's header.
    let (line, column) = after(&typing, "    jump next");
    let definition = client.request(
        "textDocument/definition",
        at(&file, (line, column - 2)),
        &mut notes,
    );
    assert_eq!(definition["uri"], json!(file));
    assert_eq!(definition["range"]["start"]["line"], json!(8));

    // Hover on the stat: its range and start.
    let (line, column) = after(&typing, "if morale");
    let hover = client.request(
        "textDocument/hover",
        at(&file, (line, column - 1)),
        &mut notes,
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("from 0 to 10, starts at 4"), "{hover}");

    let shutdown = client.request("shutdown", json!(null), &mut notes);
    assert_eq!(shutdown, json!(null));
    client.notify("exit", json!(null));
    let status = client.child.wait().expect("the server exits");
    assert!(status.success(), "{status}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The story is kept between edits, across files: renaming a scene in one file (unsaved) puts
/// an error in the file that jumps to it, and closing it unsaved takes the error away again.
#[test]
fn an_edit_in_one_file_is_reported_in_the_file_it_breaks() {
    let dir = story_folder("two-files");
    let (a, b) = SCRIPT.split_once("scene next").expect("two scenes");
    std::fs::write(dir.join("a.vn"), a.replace("jump nxt", "jump next")).expect("writable");
    let b_text = format!("scene next{b}");
    std::fs::write(dir.join("b.vn"), &b_text).expect("writable");
    let (a_uri, b_uri) = (uri(&dir.join("a.vn")), uri(&dir.join("b.vn")));
    let mut client = Client::start();
    initialize(&mut client, &dir);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": b_uri, "languageId": "spearhead", "version": 1, "text": b_text}}),
    );
    let renamed = b_text.replace("scene next", "scene later");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": b_uri, "version": 2}, "contentChanges": [{"text": renamed}]}),
    );
    let in_a = client.diagnostics_for(&a_uri);
    // Both jumps to `next` (in the `if` and after it).
    let codes: Vec<&Value> = in_a.iter().map(|d| &d["code"]).collect();
    assert_eq!(codes, [&json!("unknown-scene"); 2], "{in_a:#?}");
    let message = in_a[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("`next`"), "{message}");

    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": b_uri}}),
    );
    assert_eq!(client.diagnostics_for(&a_uri), Vec::<Value>::new());

    let shutdown = client.request("shutdown", json!(null), &mut Vec::new());
    assert_eq!(shutdown, json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().expect("the server exits").success());
    let _ = std::fs::remove_dir_all(&dir);
}
