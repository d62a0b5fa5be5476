//! Writing the graph: one module per format, and the atomic file writer they share.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod stats;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// The process's umask, read from /proc (0o022 where it cannot be read).
#[cfg(unix)]
fn current_umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Umask:").map(|v| v.trim().to_owned())))
        .and_then(|v| u32::from_str_radix(&v, 8).ok())
        .unwrap_or(0o022)
}

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
    // Temporary files are private (0600); outputs get the usual 0644 less the umask.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = 0o666 & !current_umask();
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(mode)).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
