//! `spearhead lsp`: a language server over standard input and output, for editors. It checks the
//! story as the writer types (every open file's unsaved text counts) and answers completion,
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

/// The open documents' text (what the editor has, saved or not), and which files each story
/// folder last had diagnostics in (so that fixed files get an empty list).
#[derive(Default)]
struct Server {
    open: HashMap<PathBuf, String>,
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
                    if let Some(folder) = self.note(notification) {
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

    /// Takes in a document change; returns the story folder to check again.
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
        story_folder(&path)
    }

    /// Checks the story in `folder`; one `publishDiagnostics` per file that has problems now or
    /// had them before.
    fn check(&mut self, folder: &Path) -> Vec<Notification> {
        let index = Index::build(folder, &self.open);
        let mut by_file = index.diagnostics();
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

    fn answer(&self, request: Request) -> Response {
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
        &self,
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
        let index = Index::build(&folder, &self.open);
        let Some(offset) = index.offset(&path, params.position) else {
            return Ok(serde_json::Value::Null);
        };
        query(&index, &path, offset).map_err(|e| e.to_string())
    }
}

/// The story folder a file belongs to: the nearest folder at or above it with a story.toml.
fn story_folder(path: &Path) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .find(|dir| dir.join("story.toml").is_file())
        .map(Path::to_path_buf)
}
