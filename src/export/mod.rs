//! Writing the graph: one module per format, and the atomic file writer they share.

pub mod dot;
pub mod json;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `path` atomically: the bytes go to a temporary file in the same folder, which is
/// then renamed over `path`, so readers never see a half-written file.
pub fn write_atomic(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let err = |source| Error::Write { path: path.to_path_buf(), source };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".kgraph-").suffix(".tmp").tempfile_in(dir).map_err(err)?;
    {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut out).map_err(err)?;
        out.flush().map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
