//! Cargo's output, parsed into types: the JSON messages of `--message-format=json`
//! on stdout, and the status lines of `-v` on stderr (`Fresh`, `Dirty … : reason`,
//! `Compiling`, `Running`).

use serde::Deserialize;

/// One JSON message from cargo's stdout, the kinds the runner uses.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Message {
    /// A unit was compiled, or found fresh.
    CompilerArtifact(Artifact),
    /// A build script ran, or its earlier output was reused.
    BuildScriptExecuted(BuildScriptExecuted),
    /// A diagnostic from rustc.
    CompilerMessage(CompilerMessage),
    /// The build is over.
    BuildFinished(BuildFinished),
    /// Any other message (cargo adds kinds over time).
    #[serde(other)]
    Other,
}

/// `compiler-artifact`: a unit's outputs and whether they were fresh.
#[derive(Debug, Clone, Deserialize)]
pub struct Artifact {
    /// Package id spec, e.g. `registry+https://…#itoa@1.0.19` or `path+file:///x#0.1.0`.
    pub package_id: String,
    /// The target built.
    pub target: Target,
    /// The profile it was built with.
    pub profile: ArtifactProfile,
    /// Files produced.
    #[serde(default)]
    pub filenames: Vec<String>,
    /// Features enabled.
    #[serde(default)]
    pub features: Vec<String>,
    /// The executable produced, for binaries and tests.
    #[serde(default)]
    pub executable: Option<String>,
    /// True when cargo reused the unit without running rustc.
    pub fresh: bool,
}

/// A cargo target (lib, bin, build script, test...).
#[derive(Debug, Clone, Deserialize)]
pub struct Target {
    /// The target's name.
    pub name: String,
    /// Its kinds, e.g. `["lib"]`, `["bin"]`, `["proc-macro"]`, `["custom-build"]`.
    pub kind: Vec<String>,
}

/// The profile settings cargo reports for an artifact.
#[derive(Debug, Clone, Deserialize)]
pub struct ArtifactProfile {
    /// Optimization level.
    pub opt_level: String,
    /// True when built as a test harness.
    pub test: bool,
}

/// `build-script-executed`.
#[derive(Debug, Clone, Deserialize)]
pub struct BuildScriptExecuted {
    /// The package whose build script this is.
    pub package_id: String,
    /// The build script's `OUT_DIR`.
    pub out_dir: String,
}

/// `compiler-message`.
#[derive(Debug, Clone, Deserialize)]
pub struct CompilerMessage {
    /// The package the message is about.
    pub package_id: String,
    /// The diagnostic.
    pub message: Diagnostic,
}

/// A rustc diagnostic (the parts the runner shows).
#[derive(Debug, Clone, Deserialize)]
pub struct Diagnostic {
    /// `error`, `warning`, ...
    pub level: String,
    /// The diagnostic as rustc would print it.
    pub rendered: Option<String>,
}

/// `build-finished`.
#[derive(Debug, Clone, Deserialize)]
pub struct BuildFinished {
    /// Whether the build succeeded.
    pub success: bool,
}

/// Name and version taken from a package id spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PackageId {
    /// Package name.
    pub name: String,
    /// Package version.
    pub version: String,
    /// True for packages from a registry (immutable sources).
    pub registry: bool,
}

/// Parses cargo's package id spec (`kind+url#name@version` or `kind+url#version`,
/// where the name is the URL's last segment).
pub fn parse_package_id(id: &str) -> Option<PackageId> {
    let (url, fragment) = id.rsplit_once('#')?;
    let (name, version) = match fragment.split_once('@') {
        Some((name, version)) => (name.to_string(), version.to_string()),
        None => {
            let last = url.trim_end_matches('/').rsplit('/').next()?;
            (last.to_string(), fragment.to_string())
        }
    };
    Some(PackageId {
        name,
        version,
        registry: url.starts_with("registry+") || url.starts_with("sparse+"),
    })
}

/// Parses one stdout line; `None` for lines that are not cargo's JSON (a program's
/// or a test harness's own output).
pub fn parse_message(line: &str) -> Option<Message> {
    if !line.starts_with('{') {
        return None;
    }
    serde_json::from_str(line).ok()
}

/// A status line of `cargo -v` on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// `Fresh name vX`
    Fresh {
        /// Package name.
        name: String,
        /// Version without the `v`.
        version: String,
    },
    /// `Dirty name vX (path): reason`
    Dirty {
        /// Package name.
        name: String,
        /// Version without the `v`.
        version: String,
        /// Cargo's reason.
        reason: String,
    },
    /// `Compiling name vX (path)`
    Compiling {
        /// Package name.
        name: String,
        /// Version without the `v`.
        version: String,
    },
    /// ``Running `command` `` (a rustc, build script or program invocation)
    Running {
        /// The command line cargo printed.
        command: String,
    },
    /// A change to `Cargo.lock`: `Updating itoa v1.0.10 -> v1.0.19`, `Adding …`,
    /// `Removing …`, `Downgrading …` (not `Updating crates.io index`).
    Lockfile {
        /// The line, without its indentation.
        change: String,
    },
    /// `Blocking waiting for file lock on …`: another cargo holds a lock (the package
    /// cache, a target directory). It says how busy the machine is, not what the build
    /// did.
    Waiting {
        /// What it waited for, as cargo names it (`artifact directory`, `package cache`).
        on: String,
    },
    /// Any other line (warnings, `Finished`, program output...).
    Other(String),
}

/// Parses one stderr line of `cargo -v`.
pub fn parse_status(line: &str) -> Status {
    let trimmed = line.trim_start();
    let Some((verb, rest)) = trimmed.split_once(' ') else {
        return Status::Other(line.to_string());
    };
    // Status verbs are right-aligned in a 12-column field.
    if line.len() - trimmed.len() + verb.len() != 12 {
        return Status::Other(line.to_string());
    }
    match verb {
        "Updating" | "Adding" | "Removing" | "Downgrading"
            if rest.split_whitespace().nth(1).is_some_and(|v| {
                v.starts_with('v') && v[1..].starts_with(|c: char| c.is_ascii_digit())
            }) =>
        {
            Status::Lockfile {
                change: trimmed.to_string(),
            }
        }
        "Blocking" if rest.starts_with("waiting for file lock") => Status::Waiting {
            on: rest
                .trim()
                .trim_start_matches("waiting for file lock")
                .trim()
                .trim_start_matches("on ")
                .to_string(),
        },
        "Running" => Status::Running {
            command: rest.trim().trim_matches('`').to_string(),
        },
        "Fresh" | "Compiling" | "Dirty" => {
            let (head, reason) = match verb {
                "Dirty" => match rest.split_once("): ") {
                    Some((head, reason)) => (head, Some(reason)),
                    None => match rest.split_once(": ") {
                        Some((head, reason)) => (head, Some(reason)),
                        None => (rest, None),
                    },
                },
                _ => (rest, None),
            };
            let mut words = head.split_whitespace();
            let (Some(name), Some(version)) = (words.next(), words.next()) else {
                return Status::Other(line.to_string());
            };
            let name = name.to_string();
            let version = version.trim_start_matches('v').to_string();
            match verb {
                "Fresh" => Status::Fresh { name, version },
                "Compiling" => Status::Compiling { name, version },
                _ => Status::Dirty {
                    name,
                    version,
                    reason: reason.unwrap_or_default().trim().to_string(),
                },
            }
        }
        _ => Status::Other(line.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockfile_changes_are_told_apart_from_index_updates() {
        assert_eq!(
            parse_status("    Updating itoa v1.0.10 -> v1.0.19"),
            Status::Lockfile {
                change: "Updating itoa v1.0.10 -> v1.0.19".into()
            }
        );
        assert_eq!(
            parse_status("      Adding aho-corasick v1.1.3"),
            Status::Lockfile {
                change: "Adding aho-corasick v1.1.3".into()
            }
        );
        assert_eq!(
            parse_status("    Blocking waiting for file lock on package cache"),
            Status::Waiting {
                on: "package cache".into()
            }
        );
        assert_eq!(
            parse_status("    Blocking waiting for file lock on shared package cache"),
            Status::Waiting {
                on: "shared package cache".into()
            }
        );
        assert_eq!(
            parse_status("    Blocking waiting for file lock on artifact directory"),
            Status::Waiting {
                on: "artifact directory".into()
            }
        );
        assert!(matches!(
            parse_status("    Updating crates.io index"),
            Status::Other(_)
        ));
        assert!(matches!(
            parse_status("     Locking 1 package to latest compatible version"),
            Status::Other(_)
        ));
    }

    #[test]
    fn parses_package_ids_of_both_shapes() {
        assert_eq!(
            parse_package_id("registry+https://github.com/rust-lang/crates.io-index#itoa@1.0.19"),
            Some(PackageId {
                name: "itoa".into(),
                version: "1.0.19".into(),
                registry: true
            })
        );
        assert_eq!(
            parse_package_id("path+file:///tmp/exp#0.1.0"),
            Some(PackageId {
                name: "exp".into(),
                version: "0.1.0".into(),
                registry: false
            })
        );
        assert_eq!(
            parse_package_id("path+file:///tmp/ws/crates/leaf-dir#leaf@0.2.0")
                .unwrap()
                .name,
            "leaf"
        );
    }

    #[test]
    fn parses_status_lines() {
        assert_eq!(
            parse_status("       Fresh itoa v1.0.19"),
            Status::Fresh {
                name: "itoa".into(),
                version: "1.0.19".into()
            }
        );
        assert_eq!(
            parse_status(
                "       Dirty exp v0.1.0 (/tmp/exp): the file `src/main.rs` has changed (1.2s, 3ns after last build at 1.1s)"
            ),
            Status::Dirty {
                name: "exp".into(),
                version: "0.1.0".into(),
                reason: "the file `src/main.rs` has changed (1.2s, 3ns after last build at 1.1s)"
                    .into()
            }
        );
        assert_eq!(
            parse_status("   Compiling exp v0.1.0 (/tmp/exp)"),
            Status::Compiling {
                name: "exp".into(),
                version: "0.1.0".into()
            }
        );
        assert_eq!(
            parse_status("     Running `rustc --crate-name exp`"),
            Status::Running {
                command: "rustc --crate-name exp".into()
            }
        );
        // Program output that happens to start with a verb is not a status line.
        assert!(matches!(parse_status("Fresh fish v1"), Status::Other(_)));
    }

    #[test]
    fn parses_json_messages_and_skips_program_output() {
        let line = r#"{"reason":"compiler-artifact","package_id":"path+file:///tmp/exp#0.1.0","manifest_path":"/tmp/exp/Cargo.toml","target":{"kind":["bin"],"crate_types":["bin"],"name":"exp","src_path":"/tmp/exp/src/main.rs"},"profile":{"opt_level":"0","debuginfo":2,"debug_assertions":true,"overflow_checks":true,"test":false},"features":[],"filenames":["/tmp/exp/target/debug/exp"],"executable":"/tmp/exp/target/debug/exp","fresh":true}"#;
        match parse_message(line) {
            Some(Message::CompilerArtifact(a)) => {
                assert!(a.fresh);
                assert_eq!(a.target.kind, ["bin"]);
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(parse_message("hello from the program").is_none());
        assert!(matches!(
            parse_message(r#"{"reason":"build-finished","success":false}"#),
            Some(Message::BuildFinished(BuildFinished { success: false }))
        ));
        assert!(matches!(
            parse_message(r#"{"reason":"timing-info"}"#),
            Some(Message::Other)
        ));
    }
}
