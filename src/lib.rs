//! kgraph turns Chinese text into a knowledge graph: it finds companies, places, projects,
//! organizations and persons, links the entities that stand together in a sentence (or
//! paragraph, document, window), and writes the graph as networkx JSON and Graphviz DOT.
//!
//! The stages, each a module with plain data between them:
//! [`corpus`] (inputs → [`Document`]s) → [`text`] (sentences) → [`extract`] (mentions and
//! canonical names) → [`graph`] (a mergeable [`Partial`], then the [`KnowledgeGraph`]) →
//! [`export`] (JSON, DOT, SVG).

pub mod analyse;
pub mod corpus;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod html;
pub mod text;

pub use corpus::{Document, ReadOptions, Source};
pub use error::{Error, Result};
pub use extract::{EntityType, Extraction, Extractor, Mention};
pub use graph::{KnowledgeGraph, Partial, Scope};

use rayon::prelude::*;

/// How documents are batched for parallel work: at most this many bytes of text at once.
const BATCH_BYTES: usize = 8 << 20;
/// ... and at most this many documents.
const BATCH_DOCS: usize = 4096;

/// Reads every source and hands the documents to `work` in batches, in input order, so that
/// a corpus is streamed rather than held whole. A source that cannot be read is reported to
/// `warn` and skipped (or, with `strict`, ends the run). Reading runs on its own thread, one
/// batch ahead of `work`.
pub fn for_each_batch(
    sources: &[Source],
    opts: &ReadOptions,
    strict: bool,
    warn: &mut dyn FnMut(Error),
    work: &mut dyn FnMut(Vec<Document>),
) -> Result<()> {
    /// What the reading thread tells the working one.
    enum Message {
        Batch(Vec<Document>),
        Warning(Error),
        Failure(Error),
    }
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Message>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // A send fails only when the receiver is gone: then nobody listens any more.
            let send = |m: Message| sender.send(m).is_ok();
            let mut batch: Vec<Document> = Vec::new();
            let mut bytes = 0usize;
            for source in sources {
                let mut warnings = Vec::new();
                let result = corpus::read(source, opts, &mut |w| warnings.push(w), &mut |doc| {
                    bytes += doc.text.len();
                    batch.push(doc);
                    if bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                        send(Message::Batch(std::mem::take(&mut batch)));
                        bytes = 0;
                    }
                });
                let failed = !warnings.is_empty() && strict;
                for w in warnings {
                    send(Message::Warning(w));
                }
                if failed {
                    let reason = "skipped lines (--strict)".into();
                    send(Message::Failure(Error::NotText { path: source_path(source), reason }));
                    return;
                }
                if let Err(e) = result {
                    if strict || matches!(source, Source::Stdin | Source::StdinJsonLines) {
                        send(Message::Failure(e));
                        return;
                    }
                    send(Message::Warning(e));
                }
            }
            if !batch.is_empty() {
                send(Message::Batch(batch));
            }
        });
        for message in receiver {
            match message {
                Message::Batch(docs) => work(docs),
                Message::Warning(e) => warn(e),
                Message::Failure(e) => return Err(e),
            }
        }
        Ok(())
    })
}

fn source_path(source: &Source) -> std::path::PathBuf {
    match source {
        Source::File(p) | Source::Html(p) | Source::JsonLines(p) => p.clone(),
        Source::Stdin | Source::StdinJsonLines => "-".into(),
    }
}

/// Runs `work` on the document `id`, turning a panic inside it into an [`Error::Extraction`]
/// so that one document's fault costs that document, not a run over a whole corpus.
pub fn guarded<T>(id: &str, work: impl FnOnce() -> T) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        let reason = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "internal error".to_owned());
        Error::Extraction { document: id.to_owned(), reason }
    })
}

/// Extracts a batch of documents in parallel; results come back in the batch's order, an
/// error for a document the extractor failed on.
pub fn extract_batch(extractor: &Extractor, docs: &[Document]) -> Vec<Result<Extraction>> {
    docs.par_iter().map(|d| guarded(&d.id, || extractor.extract(&d.text))).collect()
}

/// Extracts and links a batch of documents in parallel into one partial result, with the
/// errors of the documents the extractor failed on (those are left out).
pub fn link_batch(
    extractor: &Extractor,
    docs: &[Document],
    scope: Scope,
    evidence_cap: usize,
) -> (Partial, Vec<Error>) {
    docs.par_iter()
        .map(|d| match guarded(&d.id, || extractor.extract(&d.text)) {
            Ok(extraction) => (Partial::from_document(&d.id, &d.text, &extraction, scope, evidence_cap), Vec::new()),
            Err(e) => (Partial::default(), vec![e]),
        })
        .reduce(
            || (Partial::default(), Vec::new()),
            |(mut a, mut errors), (b, more)| {
                a.merge(b, evidence_cap);
                errors.extend(more);
                (a, errors)
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_on_one_document_is_an_error_naming_it() {
        let err = guarded("news/7.txt", || -> usize { panic!("index out of range") }).expect_err("a panic");
        assert_eq!(err.to_string(), "news/7.txt: extraction failed, document skipped: index out of range");
        assert_eq!(guarded("news/8.txt", || 3).ok(), Some(3));
    }
}
