//! Finding inputs and turning them into documents: files, folders, JSON Lines and stdin, in
//! UTF-8, UTF-16 or the legacy Chinese encodings. Nothing here knows about entities.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

use crate::error::{Error, Result};

/// One article: an id (its path, or its JSON Lines id) and its decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The id that outputs cite: the file's path, or the id of a JSON Lines record.
    pub id: String,
    /// The article's text.
    pub text: String,
}

/// Where documents come from, once folders are expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A text file: one document.
    File(PathBuf),
    /// An HTML page: one document, its article text.
    Html(PathBuf),
    /// A JSON Lines file: one document per line.
    JsonLines(PathBuf),
    /// Standard input as one document.
    Stdin,
    /// Standard input as JSON Lines.
    StdinJsonLines,
}

/// How documents are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Read standard input as JSON Lines.
    pub stdin_jsonl: bool,
    /// The JSON field that holds the text.
    pub text_field: String,
    /// The JSON field that holds the id.
    pub id_field: String,
    /// An encoding forced on every file instead of detecting one.
    pub encoding: Option<&'static Encoding>,
    /// Read every text file and stdin as HTML.
    pub html: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self { stdin_jsonl: false, text_field: "text".into(), id_field: "id".into(), encoding: None, html: false }
    }
}

/// File extensions read from folders.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];
/// File extensions read as JSON Lines.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];
/// File extensions read as HTML.
const HTML_EXTENSIONS: &[&str] = &["html", "htm"];

/// Expands the user's inputs into sources: `-` is stdin, a folder is walked recursively for
/// `.txt`, `.md` and JSON Lines files in name order, a file is taken as it is.
///
/// A path that does not exist is an error; nothing is read before all inputs are checked.
pub fn sources(inputs: &[PathBuf], opts: &ReadOptions) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(if opts.stdin_jsonl { Source::StdinJsonLines } else { Source::Stdin });
            continue;
        }
        let meta = fs::metadata(input).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::Missing { path: input.clone() },
            _ => Error::Read { path: input.clone(), source: e },
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            for entry in walkdir::WalkDir::new(input).follow_links(true) {
                let entry = entry.map_err(|e| Error::Read {
                    path: e.path().map_or_else(|| input.clone(), Path::to_path_buf),
                    source: e.into(),
                })?;
                let path = entry.path();
                if entry.file_type().is_file()
                    && [TEXT_EXTENSIONS, JSONL_EXTENSIONS, HTML_EXTENSIONS].iter().any(|e| has_extension(path, e))
                {
                    files.push(entry.into_path());
                }
            }
            files.sort();
            out.extend(files.into_iter().map(|f| file_source(f, opts.html)));
        } else {
            out.push(file_source(input.clone(), opts.html));
        }
    }
    Ok(out)
}

fn file_source(path: PathBuf, html: bool) -> Source {
    if has_extension(&path, JSONL_EXTENSIONS) {
        Source::JsonLines(path)
    } else if html || has_extension(&path, HTML_EXTENSIONS) {
        Source::Html(path)
    } else {
        Source::File(path)
    }
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Reads every document of `source`, handing each to `emit` in order.
///
/// A JSON Lines record that cannot be used is reported to `warn` and skipped; a source that
/// cannot be read at all is an error (the caller decides whether to skip it).
pub fn read(
    source: &Source,
    opts: &ReadOptions,
    warn: &mut dyn FnMut(Error),
    emit: &mut dyn FnMut(Document),
) -> Result<()> {
    match source {
        Source::File(path) | Source::Html(path) => {
            let bytes = fs::read(path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
            let text = decode(&bytes, opts.encoding).map_err(|reason| Error::NotText { path: path.clone(), reason })?;
            let text = if matches!(source, Source::Html(_)) { crate::html::to_text(&text) } else { text };
            emit(Document { id: path.display().to_string(), text });
        }
        Source::Stdin => {
            let path = PathBuf::from("-");
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Read { path: path.clone(), source: e })?;
            let text = decode(&bytes, opts.encoding).map_err(|reason| Error::NotText { path, reason })?;
            let text = if opts.html { crate::html::to_text(&text) } else { text };
            emit(Document { id: "-".into(), text });
        }
        Source::JsonLines(path) => {
            let file = fs::File::open(path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
            read_json_lines(BufReader::with_capacity(1 << 20, file), path, opts, warn, emit)?;
        }
        Source::StdinJsonLines => {
            let stdin = std::io::stdin();
            read_json_lines(stdin.lock(), Path::new("-"), opts, warn, emit)?;
        }
    }
    Ok(())
}

/// Reads JSON Lines one record at a time; the file is never held whole.
fn read_json_lines(
    mut reader: impl BufRead,
    path: &Path,
    opts: &ReadOptions,
    warn: &mut dyn FnMut(Error),
    emit: &mut dyn FnMut(Document),
) -> Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| Error::Read { path: path.to_path_buf(), source: e })?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let bad = |reason: String| Error::BadLine { path: path.to_path_buf(), line: line_no, reason };
        let line = match std::str::from_utf8(&buf) {
            Ok(line) => line.trim(),
            Err(_) => {
                warn(bad("not valid UTF-8; line skipped".into()));
                continue;
            }
        };
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        match parse_record(line, line_no, opts) {
            Ok(Some(doc)) => emit(doc),
            Ok(None) => {}
            Err(reason) => warn(bad(format!("{reason}; line skipped"))),
        }
    }
}

/// One JSON Lines record as a document; `None` for a record without text.
fn parse_record(line: &str, line_no: usize, opts: &ReadOptions) -> Result<Option<Document>, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON ({e})"))?;
    let serde_json::Value::Object(mut record) = value else {
        return Err("not a JSON object".into());
    };
    let text = match record.remove(&opts.text_field) {
        Some(serde_json::Value::String(text)) => text,
        Some(serde_json::Value::Null) | None => {
            return Err(format!("no \"{}\" field", opts.text_field));
        }
        Some(_) => return Err(format!("\"{}\" is not a string", opts.text_field)),
    };
    let id = match record.remove(&opts.id_field) {
        Some(serde_json::Value::String(id)) => id,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => line_no.to_string(),
    };
    Ok(Some(Document { id, text }))
}

/// Decodes a file's bytes: a BOM decides first, then `forced`, then valid UTF-8, then the
/// encoding chardetng guesses (GB18030/GBK, Big5 ...). Binary data is refused with a reason.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<String, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} after its byte order mark", encoding.name()));
        }
        return Ok(text.into_owned());
    }
    if let Some(encoding) = forced {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(format!("not valid {}", encoding.name()));
        }
        return Ok(text.into_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if looks_binary(text.as_bytes()) {
            return Err("binary file (control bytes), not text".into());
        }
        return Ok(text.to_owned());
    }
    if looks_binary(bytes) {
        return Err("binary file (control bytes), not text".into());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(format!("neither UTF-8 nor {}: cannot decode (use --encoding)", encoding.name()));
    }
    Ok(text.into_owned())
}

/// True when the first 8 KiB hold a NUL or many other control bytes: text never does.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || controls * 100 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        assert_eq!(decode("织里镇".as_bytes(), None).as_deref(), Ok("织里镇"));
        assert_eq!(decode(b"\xef\xbb\xbf\xe7\xbb\x87", None).as_deref(), Ok("织"));
    }

    #[test]
    fn decodes_utf16_by_bom() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("湖州市".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes, None).as_deref(), Ok("湖州市"));
        let mut bytes = vec![0xfe, 0xff];
        bytes.extend("湖州市".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&bytes, None).as_deref(), Ok("湖州市"));
    }

    #[test]
    fn detects_gbk() {
        let text = "浙江省湖州市吴兴区织里镇是中国童装之都，这里有很多童装企业和物流公司。";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(decode(&bytes, None).as_deref(), Ok(text));
    }

    #[test]
    fn refuses_binary() {
        assert!(decode(b"\x00\x01\x02PNG\x00", None).is_err());
    }

    #[test]
    fn json_lines_skip_bad_records_with_line_numbers() {
        let input = "{\"id\": 7, \"text\": \"甲\"}\n{oops\n\n{\"text\": \"乙\"}\n[1]\n";
        let (mut docs, mut warnings) = (Vec::new(), Vec::new());
        read_json_lines(
            input.as_bytes(),
            Path::new("x.jsonl"),
            &ReadOptions::default(),
            &mut |w| {
                warnings.push(w.to_string());
            },
            &mut |d| docs.push(d),
        )
        .expect("reads");
        assert_eq!(
            docs,
            [Document { id: "7".into(), text: "甲".into() }, Document { id: "4".into(), text: "乙".into() }]
        );
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("x.jsonl:2: malformed JSON"), "{}", warnings[0]);
        assert!(warnings[1].starts_with("x.jsonl:5: not a JSON object"), "{}", warnings[1]);
    }
}
