//! Self-voicing: the line, its speaker's name and the choices read aloud in the language shown,
//! through the system's speech service (Speech Dispatcher, spoken to over its socket by
//! `ssip-client` on a thread of its own). `Speech` is what the player needs of a voice; `Voice`
//! is what the player holds: the service when the reader turned self-voicing on and the
//! system has one, and why not when it has none.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

/// What the player asks of a speech service.
pub trait Speech {
    /// Says `text` in `lang` (a locale tag such as `ja-JP`), after what is being said.
    fn say(&mut self, text: &str, lang: &str);
    /// Stops what is being said and drops what waits to be said.
    fn stop(&mut self);
}

/// Why there is no voice.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// No Speech Dispatcher socket to connect to, and none could be started.
    #[error("no speech service: {0}")]
    NoService(#[source] std::io::Error),
    /// The service answered, but not as Speech Dispatcher does.
    #[error("the speech service refused the player: {0}")]
    Refused(String),
}

/// One thing a `Recorder` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Utterance {
    Said { text: String, lang: String },
    Stopped,
}

impl std::fmt::Display for Utterance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Utterance::Said { text, lang } => write!(f, "say [{lang}] {text}"),
            Utterance::Stopped => write!(f, "stop"),
        }
    }
}

/// A voice that says nothing and keeps what it was asked, in order: for tests, and for
/// `spearhead shot --speech-log` (a screenshot never speaks).
#[derive(Debug, Clone, Default)]
pub struct Recorder {
    heard: Rc<RefCell<Vec<Utterance>>>,
}

impl Recorder {
    /// What it was asked so far (shared by its clones).
    pub fn heard(&self) -> Vec<Utterance> {
        self.heard.borrow().clone()
    }
}

impl Speech for Recorder {
    fn say(&mut self, text: &str, lang: &str) {
        let (text, lang) = (text.to_string(), lang.to_string());
        self.heard.borrow_mut().push(Utterance::Said { text, lang });
    }

    fn stop(&mut self) {
        self.heard.borrow_mut().push(Utterance::Stopped);
    }
}

/// Speech Dispatcher: a thread holds the connection and does what the player asks in order,
/// so a slow or stuck service never holds up a frame.
pub struct SpeechDispatcher {
    orders: Sender<Order>,
}

enum Order {
    Say { text: String, lang: String },
    Stop,
}

/// How long an answer from the service may take before the thread gives up on it.
const ANSWER_WAIT: Duration = Duration::from_millis(500);
/// How long a service started by the player may take to open its socket.
const START_WAIT: Duration = Duration::from_millis(1500);

type Client = ssip_client::Client<ssip_client::fifo::UnixStream>;

/// Where the speech service is: its socket, and the program that starts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// `None`: Speech Dispatcher's own place, `$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock`.
    pub socket: Option<PathBuf>,
    pub program: String,
}

impl Default for Service {
    fn default() -> Self {
        Service {
            socket: None,
            program: "speech-dispatcher".into(),
        }
    }
}

impl SpeechDispatcher {
    /// Connects to the reader's Speech Dispatcher at `service`, starting it if it is installed
    /// and not running (as its own library does); `NoService` when there is none.
    pub fn connect(service: &Service) -> Result<SpeechDispatcher, SpeechError> {
        let client = match open(service) {
            Ok(client) => client,
            Err(_) => {
                start_service(service)?;
                wait_for_service(service)?
            }
        };
        let (orders, taken) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || serve(client, taken));
        spawned.map_err(SpeechError::NoService)?;
        Ok(SpeechDispatcher { orders })
    }
}

/// A connection to the service's socket, named as this program.
fn open(service: &Service) -> Result<Client, SpeechError> {
    let mut builder = ssip_client::fifo::Builder::new();
    if let Some(socket) = &service.socket {
        builder.path(socket);
    }
    let built = builder.timeout(ANSWER_WAIT).build();
    let mut client = built.map_err(SpeechError::NoService)?;
    let name = ssip_client::ClientName::new("spearhead", "player");
    let refused = |e: ssip_client::ClientError| SpeechError::Refused(e.to_string());
    client.set_client_name(name).map_err(refused)?;
    client.check_client_name_set().map_err(refused)?;
    Ok(client)
}

/// Starts Speech Dispatcher the way its library's autospawn does (it goes on in the
/// background). Its exit status is not the answer (it fails when one is already running but
/// slow to answer): whether its socket opens is.
fn start_service(service: &Service) -> Result<(), SpeechError> {
    std::process::Command::new(&service.program)
        .arg("--spawn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(SpeechError::NoService)?;
    Ok(())
}

/// The connection to a service just started, once its socket is there.
fn wait_for_service(service: &Service) -> Result<Client, SpeechError> {
    let started = std::time::Instant::now();
    loop {
        match open(service) {
            Ok(client) => return Ok(client),
            Err(e) if started.elapsed() > START_WAIT => return Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// The speech thread: does each order in turn until the player lets go of the voice; a
/// service that stops answering ends it, with one warning.
fn serve(mut client: Client, orders: mpsc::Receiver<Order>) {
    let mut lang = String::new();
    for order in orders {
        let done = match order {
            Order::Stop => stop(&mut client),
            Order::Say { text, lang: wanted } => say(&mut client, &text, &wanted, &mut lang),
        };
        if let Err(e) = done {
            log::warn!("self-voicing stopped: the speech service failed: {e}");
            return;
        }
    }
    // Said goodbye properly: the service logs a broken pipe otherwise. Nothing is left to do
    // if it fails.
    let _ = client
        .quit()
        .and_then(|c| c.check_status(ssip_client::OK_BYE));
}

fn stop(client: &mut Client) -> ssip_client::ClientResult<()> {
    let scope = ssip_client::MessageScope::Last;
    client
        .cancel(scope)?
        .check_status(ssip_client::OK_CANCELED)?;
    Ok(())
}

fn say(
    client: &mut Client,
    text: &str,
    wanted: &str,
    lang: &mut String,
) -> ssip_client::ClientResult<()> {
    if let Some(code) = language_code(wanted).filter(|code| code != lang) {
        let scope = ssip_client::ClientScope::Current;
        client.set_language(scope, &code)?;
        client.check_status(ssip_client::OK_LANGUAGE_SET)?;
        *lang = code;
    }
    client.speak()?.check_receiving_data()?;
    client.send_line(&as_data(text))?.receive_message_id()?;
    Ok(())
}

/// The language Speech Dispatcher is told for a locale tag: its language subtag (`ja` for
/// `ja-JP`); `None` for a tag that starts with no language (the pseudo-locale), which is then
/// read in the voice set before.
pub fn language_code(tag: &str) -> Option<String> {
    let language = tag.split(['-', '_']).next()?;
    let is_code =
        (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic());
    is_code.then(|| language.to_ascii_lowercase())
}

/// `text` as one line of SSIP data: line breaks become spaces and a leading dot is doubled (a
/// line of one dot would end the message).
pub fn as_data(text: &str) -> String {
    let line = text.replace(['\r', '\n'], " ");
    if line.starts_with('.') {
        format!(".{line}")
    } else {
        line
    }
}

impl Speech for SpeechDispatcher {
    fn say(&mut self, text: &str, lang: &str) {
        let (text, lang) = (text.to_string(), lang.to_string());
        // A closed channel means the thread ended on a failure it already reported.
        let _ = self.orders.send(Order::Say { text, lang });
    }

    fn stop(&mut self) {
        let _ = self.orders.send(Order::Stop);
    }
}

/// The player's voice: silent while self-voicing is off; on, the speech service (or the one
/// given, in tests and shots), or why there is none.
#[derive(Default)]
pub struct Voice {
    /// Where to look for the system's service when self-voicing is turned on.
    service: Service,
    speech: Option<Box<dyn Speech>>,
    /// Given from outside (a recorder): kept when self-voicing is turned off and on.
    given: bool,
    on: bool,
    /// Why the system's service could not be had, once asked for it.
    missing: Option<String>,
}

impl Voice {
    /// A voice that speaks through `speech` whenever self-voicing is on.
    pub fn through(speech: Box<dyn Speech>) -> Voice {
        Voice {
            speech: Some(speech),
            given: true,
            ..Voice::default()
        }
    }

    /// A voice that looks for the system's speech service at `service`.
    pub fn looking_at(service: Service) -> Voice {
        Voice {
            service,
            ..Voice::default()
        }
    }

    /// Follows the setting: turned on, connects to the system's speech service (a warning, and
    /// `unavailable`, when there is none: turning it off and on again looks again, for a
    /// reader who started one meanwhile); turned off, falls silent.
    pub fn turn(&mut self, on: bool) {
        if self.on && !on {
            self.interrupt();
        }
        if on && !self.on {
            self.missing = None;
        }
        self.on = on;
        if on && self.speech.is_none() && self.missing.is_none() {
            match SpeechDispatcher::connect(&self.service) {
                Ok(service) => self.speech = Some(Box::new(service)),
                Err(e) => {
                    log::warn!("self-voicing: {e}");
                    self.missing = Some(e.to_string());
                }
            }
        }
        if !on && !self.given {
            self.speech = None;
        }
    }

    /// Self-voicing is on (whether or not the system has a speech service).
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Self-voicing is on but the system has no speech service.
    pub fn unavailable(&self) -> bool {
        self.on && self.missing.is_some()
    }

    fn speaking(&mut self) -> Option<&mut Box<dyn Speech>> {
        self.speech.as_mut().filter(|_| self.on)
    }

    /// Stops what is being read (the reader went on).
    pub fn interrupt(&mut self) {
        if let Some(speech) = self.speaking() {
            speech.stop();
        }
    }

    /// Reads a line: what was being read stops, then the speaker's name, then the text.
    pub fn line(&mut self, speaker: Option<&str>, text: &str, lang: &str) {
        self.read(speaker.into_iter().chain([text]), lang);
    }

    /// Reads a choice: its prompt, then each option with the number that takes it.
    pub fn choice(&mut self, prompt: Option<&str>, options: &[String], lang: &str) {
        let numbered: Vec<String> = (options.iter().enumerate())
            .map(|(i, option)| format!("{}. {option}", i + 1))
            .collect();
        self.read(
            prompt
                .into_iter()
                .chain(numbered.iter().map(String::as_str)),
            lang,
        );
    }

    /// Says what a menu shows (its title, the focused control): what was being read stops.
    pub fn announce(&mut self, parts: &[String], lang: &str) {
        self.read(parts.iter().map(String::as_str), lang);
    }

    fn read<'a>(&mut self, parts: impl Iterator<Item = &'a str>, lang: &str) {
        if let Some(speech) = self.speaking() {
            speech.stop();
            for part in parts.filter(|p| !p.trim().is_empty()) {
                speech.say(part, lang);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str, lang: &str) -> Utterance {
        Utterance::Said {
            text: text.into(),
            lang: lang.into(),
        }
    }

    #[test]
    fn a_line_is_read_after_what_was_being_read_stops_and_names_its_speaker() {
        let recorder = Recorder::default();
        let mut voice = Voice::through(Box::new(recorder.clone()));
        voice.line(Some("Lena"), "Can you hear me?", "en-US");
        assert!(
            recorder.heard().is_empty(),
            "silent while self-voicing is off"
        );
        voice.turn(true);
        voice.line(None, "The office was quiet.", "en-US");
        voice.line(Some("レーナ"), "聞こえますか？", "ja-JP");
        voice.choice(Some("What now?"), &["Stay".into(), "Go".into()], "en-US");
        voice.turn(false);
        voice.line(None, "Unread.", "en-US");
        let expected = [
            Utterance::Stopped,
            said("The office was quiet.", "en-US"),
            Utterance::Stopped,
            said("レーナ", "ja-JP"),
            said("聞こえますか？", "ja-JP"),
            Utterance::Stopped,
            said("What now?", "en-US"),
            said("1. Stay", "en-US"),
            said("2. Go", "en-US"),
            Utterance::Stopped,
        ];
        assert_eq!(recorder.heard(), expected);
        assert!(!voice.unavailable());
    }

    #[test]
    fn locale_tags_become_speech_dispatcher_languages() {
        assert_eq!(language_code("ja-JP").as_deref(), Some("ja"));
        assert_eq!(language_code("fr").as_deref(), Some("fr"));
        assert_eq!(language_code("pseudo"), None);
        assert_eq!(language_code(""), None);
    }

    #[test]
    fn a_line_of_dots_cannot_end_the_message_early() {
        assert_eq!(as_data("."), "..");
        assert_eq!(as_data("...and then"), "....and then");
        assert_eq!(as_data("One\nTwo"), "One Two");
        assert_eq!(as_data("Fine."), "Fine.");
    }

    #[test]
    fn with_no_speech_service_self_voicing_says_so_instead_of_failing() {
        // No socket, and no program to start the service with.
        let nowhere = Service {
            socket: Some(std::env::temp_dir().join("spearhead-no-speech/speechd.sock")),
            program: "spearhead-no-speech-dispatcher".into(),
        };
        let error = SpeechDispatcher::connect(&nowhere).err();
        assert!(
            matches!(error, Some(SpeechError::NoService(_))),
            "{error:?}"
        );
        let mut voice = Voice::looking_at(nowhere);
        voice.turn(true);
        assert!(voice.unavailable());
        voice.line(Some("Lena"), "Nobody hears this.", "en-US");
        voice.turn(false);
        assert!(!voice.unavailable(), "off, there is nothing to miss");
        voice.turn(true);
        assert!(
            voice.unavailable(),
            "turned on again, it looked again and found none"
        );
    }
}
