//! Which linker produced a binary (read from the notes linkers leave in its
//! `.comment` section), and which faster ones this machine has.

use std::path::{Path, PathBuf};

/// The linker named in the binary at `path`: `LLD 20.1.8`, `mold 2.37.1`, `GNU gold`,
/// or `GNU ld (it leaves no note)` for an ELF file with none of those notes.
pub fn read(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if !bytes.starts_with(b"\x7fELF") {
        return None;
    }
    let note_after = |needle: &[u8]| -> Option<String> {
        let at = bytes.windows(needle.len()).position(|w| w == needle)?;
        let rest = &bytes[at..];
        let end = rest
            .iter()
            .position(|b| *b == 0)
            .unwrap_or(rest.len())
            .min(80);
        Some(String::from_utf8_lossy(&rest[..end]).into_owned())
    };
    if let Some(lld) = note_after(b"Linker: LLD ") {
        let lld = lld.trim_start_matches("Linker: ");
        return Some(lld.split(" (").next().unwrap_or(lld).to_string());
    }
    if let Some(mold) = note_after(b"mold ")
        && mold[5..].starts_with(|c: char| c.is_ascii_digit())
    {
        return Some(mold.split(" (").next().unwrap_or(&mold).to_string());
    }
    if note_after(b"GNU gold").is_some() {
        return Some("GNU gold".into());
    }
    Some("GNU ld (it leaves no note in the binary)".into())
}

/// Faster linkers on this machine, other than the one in use.
pub fn alternatives(in_use: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let uses = |name: &str| in_use.is_some_and(|l| l.starts_with(name));
    if !uses("mold")
        && let Some(p) = crate::engine::requirements::find_on_path("mold")
    {
        out.push(format!("mold ({})", p.display()));
    }
    if !uses("LLD") && rust_lld().is_some() {
        out.push("rust-lld (shipped with the toolchain)".into());
    }
    out
}

/// The `rust-lld` shipped with the active toolchain, when it has one.
pub fn rust_lld() -> Option<PathBuf> {
    let sysroot = duct::cmd!("rustc", "--print", "sysroot")
        .stderr_null()
        .read()
        .ok()?;
    let lib = Path::new(sysroot.trim()).join("lib/rustlib");
    std::fs::read_dir(lib)
        .ok()?
        .flatten()
        .map(|e| e.path().join("bin/rust-lld"))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_linker_note_of_a_binary() {
        let dir = tempfile::tempdir().unwrap();
        let lld = dir.path().join("lld");
        std::fs::write(
            &lld,
            b"\x7fELF....GCC: (Debian 14.2.0) 14.2.0\0Linker: LLD 20.1.8 (/checkout)\0rustc",
        )
        .unwrap();
        assert_eq!(read(&lld).as_deref(), Some("LLD 20.1.8"));
        let mold = dir.path().join("mold");
        std::fs::write(&mold, b"\x7fELF..\0mold 2.37.1 (compatible with GNU ld)\0").unwrap();
        assert_eq!(read(&mold).as_deref(), Some("mold 2.37.1"));
        let ld = dir.path().join("ld");
        std::fs::write(&ld, b"\x7fELF..\0GCC: (Debian 14.2.0) 14.2.0\0").unwrap();
        assert!(read(&ld).unwrap().starts_with("GNU ld"));
        std::fs::write(&ld, b"#!/bin/sh").unwrap();
        assert_eq!(read(&ld), None);
    }
}
