//! The linker plain builds use here, and the linkers this machine has.

use std::path::Path;

use super::Finding;
use crate::engine::requirements::find_on_path;
use crate::instructor::machine::LinkerProbe;

/// The linker of a probe build (`None` when it cannot be read), and the findings.
pub(super) fn check(scratch: &Path) -> (Option<String>, Vec<Finding>) {
    let mut out = Vec::new();
    let probe = crate::instructor::machine::default_linker(scratch, None);
    match &probe {
        LinkerProbe::Named(l) if l.starts_with("GNU ld") => out.push(Finding::warning(
            "linker",
            format!("plain builds link with {l}, the slowest of the usual linkers"),
            "see the Linking chapter: rust-lld or mold in .cargo/config.toml",
        )),
        LinkerProbe::Named(l) => {
            out.push(Finding::ok("linker", format!("plain builds link with {l}")))
        }
        LinkerProbe::Unnamed => out.push(Finding::ok(
            "linker",
            "a plain build links (this platform's binaries carry no linker note to read)",
        )),
        LinkerProbe::BuildFailed(why) => out.push(Finding::problem(
            "linker",
            format!("a one-line program does not build: {why}"),
            "install the C toolchain Rust links with (Linux: gcc or clang; macOS: \
             `xcode-select --install`; Windows: Visual Studio Build Tools)",
        )),
    }
    let mut have = Vec::new();
    if crate::measure::linker::rust_lld().is_some() {
        have.push("rust-lld".to_string());
    }
    for (program, name) in [("ld.bfd", "GNU ld"), ("ld.lld", "lld"), ("mold", "mold")] {
        if find_on_path(program).is_some() {
            have.push(name.to_string());
        }
    }
    if cfg!(target_os = "macos") && find_on_path("ld").is_some() {
        have.push("Apple ld".into());
    }
    if cfg!(windows) && find_on_path("link").is_some() {
        have.push("MSVC link.exe".into());
    }
    let listed = match have.is_empty() {
        true => "none found".to_string(),
        false => have.join(", "),
    };
    if cfg!(target_os = "linux") && !have.iter().any(|h| h == "mold") {
        out.push(Finding::warning(
            "linkers",
            format!("{listed}; no mold: the experiments that compare it are skipped"),
            "install mold: `apt-get install mold` (Debian, Ubuntu), `dnf install mold` (Fedora)",
        ));
    } else {
        out.push(Finding::ok("linkers", listed));
    }
    (probe.name(), out)
}
