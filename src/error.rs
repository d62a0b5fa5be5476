//! The library's error type: every failure names the file (and line) a user needs to fix it.

use std::path::PathBuf;

/// Everything that can go wrong in kgraph's library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path does not exist.
    #[error("{path}: no such file or directory")]
    Missing {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A file does not hold text kgraph can decode.
    #[error("{path}: {reason}")]
    NotText {
        /// The file.
        path: PathBuf,
        /// Why it is not text (binary, unknown encoding...).
        reason: String,
    },
    /// A line of a JSON Lines file could not be used.
    #[error("{path}:{line}: {reason}")]
    BadLine {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What was wrong with it.
        reason: String,
    },
    /// A user dictionary or stop list is malformed.
    #[error("{path}:{line}: {reason}")]
    BadDictionary {
        /// The dictionary file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What was wrong with it.
        reason: String,
    },
    /// An output file or folder could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A graph file given to `render`, `stats` or `merge` could not be parsed.
    #[error("{path}: not a kgraph file: {reason}")]
    BadGraph {
        /// The file.
        path: PathBuf,
        /// What the parser said.
        reason: String,
    },
    /// The extractor failed on one document (a fault in kgraph, never the input's): the
    /// document is skipped, the run goes on.
    #[error("{document}: extraction failed, document skipped: {reason}")]
    Extraction {
        /// The document's id.
        document: String,
        /// What went wrong.
        reason: String,
    },
    /// Graphviz failed to render a picture.
    #[error("graphviz failed: {0}")]
    Graphviz(String),
}

/// The result type of kgraph's library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
