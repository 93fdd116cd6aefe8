//! `spearhead lsp`: a language server over standard input and output, for editors. It checks the
//! story as the writer types (every open file's unsaved text counts), keeping each story folder
//! in a `Workspace` so that an edit re-checks only what it can change, and answers completion,
//! go to definition and hover from the story's names (`index.rs`); `position.rs` converts
//! between byte offsets and the protocol's line and UTF-16 column.

mod index;
mod position;

use index::Index;
use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{Completion, GotoDefinition, HoverRequest, Request as _};
use lsp_types::{
    CompletionOptions, HoverProviderCapability, OneOf, PublishDiagnosticsParams,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use position::{path_of, uri_of};
use spearhead_core::Workspace;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Runs the server until the client says `exit`.
pub fn run() -> anyhow::Result<()> {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), "(".into()]),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..Default::default()
    };
    connection.initialize(serde_json::to_value(capabilities)?)?;
    Server::default().serve(&connection)?;
    drop(connection);
    io_threads.join()?;
    Ok(())
}

/// The open documents' text (what the editor has, saved or not), each story folder kept
/// checked, and which files each folder last had diagnostics in (so that fixed files get an
/// empty list).
#[derive(Default)]
struct Server {
    open: HashMap<PathBuf, String>,
    stories: HashMap<PathBuf, Workspace>,
    reported: HashMap<PathBuf, BTreeSet<PathBuf>>,
}

impl Server {
    fn serve(&mut self, connection: &Connection) -> anyhow::Result<()> {
        for message in &connection.receiver {
            match message {
                Message::Request(request) => {
                    if connection.handle_shutdown(&request)? {
                        return Ok(());
                    }
                    let response = self.answer(request);
                    connection.sender.send(response.into())?;
                }
                Message::Notification(notification) => {
                    if let Some(path) = self.note(notification) {
                        let Some(folder) = story_folder(&path) else {
                            continue;
                        };
                        self.edited(&folder, &path);
                        for published in self.check(&folder) {
                            connection.sender.send(published.into())?;
                        }
                    }
                }
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    /// Takes in a document change; returns the file it changed.
    fn note(&mut self, notification: Notification) -> Option<PathBuf> {
        let path = match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: lsp_types::DidOpenTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let path = path_of(&params.text_document.uri)?;
                self.open.insert(path.clone(), params.text_document.text);
                path
            }
            DidChangeTextDocument::METHOD => {
                let params: lsp_types::DidChangeTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let path = path_of(&params.text_document.uri)?;
                // Full sync: the last change holds the whole text.
                let text = params.content_changes.into_iter().last()?.text;
                self.open.insert(path.clone(), text);
                path
            }
            DidSaveTextDocument::METHOD => {
                let params: lsp_types::DidSaveTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                path_of(&params.text_document.uri)?
            }
            DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let path = path_of(&params.text_document.uri)?;
                self.open.remove(&path);
                path
            }
            _ => return None,
        };
        Some(path)
    }

    /// The story in `folder`, read from disk (with the open files' text) the first time.
    fn story(&mut self, folder: &Path) -> &Workspace {
        let open = &self.open;
        (self.stories)
            .entry(folder.to_path_buf())
            .or_insert_with(|| open_story(folder, open))
    }

    /// Tells the story in `folder` that the file at `path` now reads as the editor (or else
    /// the disk) has it. A file that is not the story's (in a subfolder, not a script) is not.
    fn edited(&mut self, folder: &Path, path: &Path) {
        let Some(workspace) = self.stories.get_mut(folder) else {
            self.story(folder);
            return;
        };
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return;
        };
        let script = path.extension().is_some_and(|e| e == "vn");
        if path.parent() != Some(folder) || !(script || name == "story.toml") {
            return;
        }
        let text = (self.open.get(path).cloned())
            .or_else(|| std::fs::read_to_string(path).ok())
            .unwrap_or_default();
        workspace.edit(name, &text);
    }

    /// Checks the story in `folder`; one `publishDiagnostics` per file that has problems now or
    /// had them before.
    fn check(&mut self, folder: &Path) -> Vec<Notification> {
        let mut by_file = Index::of(self.story(folder)).diagnostics();
        let before = self.reported.remove(folder).unwrap_or_default();
        for path in before {
            by_file.entry(path).or_default();
        }
        self.reported
            .insert(folder.to_path_buf(), by_file.keys().cloned().collect());
        by_file
            .into_iter()
            .filter_map(|(path, diagnostics)| {
                let params = PublishDiagnosticsParams {
                    uri: uri_of(&path)?,
                    diagnostics,
                    version: None,
                };
                Some(Notification::new(PublishDiagnostics::METHOD.into(), params))
            })
            .collect()
    }

    fn answer(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            Completion::METHOD => self.at(request, |index, path, offset| {
                serde_json::to_value(index.complete(path, offset))
            }),
            GotoDefinition::METHOD => self.at(request, |index, path, offset| {
                serde_json::to_value(index.definition(path, offset))
            }),
            HoverRequest::METHOD => self.at(request, |index, path, offset| {
                serde_json::to_value(index.hover(path, offset))
            }),
            _ => Ok(serde_json::Value::Null),
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(e) => Response::new_err(id, lsp_server::ErrorCode::InternalError as i32, e),
        }
    }

    /// Runs `query` at the position a request names, in that file's story.
    fn at(
        &mut self,
        request: Request,
        query: impl FnOnce(&Index, &Path, usize) -> serde_json::Result<serde_json::Value>,
    ) -> Result<serde_json::Value, String> {
        let params: lsp_types::TextDocumentPositionParams = match request.method.as_str() {
            Completion::METHOD => {
                serde_json::from_value::<lsp_types::CompletionParams>(request.params)
                    .map(|p| p.text_document_position)
            }
            GotoDefinition::METHOD => {
                serde_json::from_value::<lsp_types::GotoDefinitionParams>(request.params)
                    .map(|p| p.text_document_position_params)
            }
            _ => serde_json::from_value::<lsp_types::HoverParams>(request.params)
                .map(|p| p.text_document_position_params),
        }
        .map_err(|e| e.to_string())?;
        let uri: &Uri = &params.text_document.uri;
        let (Some(path), Some(folder)) =
            (path_of(uri), path_of(uri).and_then(|p| story_folder(&p)))
        else {
            return Ok(serde_json::Value::Null);
        };
        let index = Index::of(self.story(&folder));
        let Some(offset) = index.offset(&path, params.position) else {
            return Ok(serde_json::Value::Null);
        };
        query(&index, &path, offset).map_err(|e| e.to_string())
    }
}

/// The story in `folder` as it is on disk, with `open` (an editor's text by path) over it.
fn open_story(folder: &Path, open: &HashMap<PathBuf, String>) -> Workspace {
    let read =
        |path: &Path| (open.get(path).cloned()).or_else(|| std::fs::read_to_string(path).ok());
    let manifest = read(&folder.join("story.toml")).unwrap_or_default();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .chain(open.keys().filter(|p| p.parent() == Some(folder)).cloned())
        .filter(|p| p.extension().is_some_and(|e| e == "vn"))
        .collect();
    paths.sort();
    paths.dedup();
    let scripts: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_string(), read(p)?)))
        .collect();
    let borrowed: Vec<(&str, &str)> = (scripts.iter())
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Workspace::new(folder, &manifest, &borrowed)
}

/// The story folder a file belongs to: the nearest folder at or above it with a story.toml.
fn story_folder(path: &Path) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .find(|dir| dir.join("story.toml").is_file())
        .map(Path::to_path_buf)
}
