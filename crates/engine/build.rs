//! Compiles the timing shim (`shim/main.rs`) with the same rustc, as a small
//! standalone program: it starts once per rustc call while exercises run, so it must
//! start fast, which the full xtask binary does not.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=shim/main.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let exe = out.join(format!("rebuild-lab-shim{}", std::env::consts::EXE_SUFFIX));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let status = Command::new(rustc)
        .args([
            "--edition=2024",
            "--crate-name",
            "rebuild_lab_shim",
            "--crate-type",
            "bin",
        ])
        .args([
            "-C",
            "opt-level=1",
            "-C",
            "debuginfo=0",
            "-C",
            "panic=abort",
        ])
        .arg("-o")
        .arg(&exe)
        .arg("shim/main.rs")
        .status()
        .expect("cannot run rustc to build the timing shim");
    assert!(
        status.success(),
        "building the timing shim (crates/engine/shim/main.rs) failed"
    );
    println!("cargo::rustc-env=REBUILD_LAB_SHIM={}", exe.display());
}
