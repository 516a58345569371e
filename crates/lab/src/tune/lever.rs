//! The levers `tune` can try: what each changes, what it costs the learner, and
//! whether it applies to this project on this machine.
//!
//! Every lever is a set of settings a project can keep: profile keys (written to the
//! root `Cargo.toml` by `--apply`) and compiler flags (written to `.cargo/config.toml`).
//! While measuring, the same settings reach cargo as `--config` values on the command
//! line of the scratch copy's builds, which take precedence over the project's own
//! files and leave them as they are.

use serde::{Deserialize, Serialize};

/// The profile whose loop `tune` measures: the dev profile's `cargo build`, or the
/// release profile's `cargo build --release` (`--release`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoopProfile {
    /// `[profile.dev]`, built into `target/debug`.
    #[default]
    Dev,
    /// `[profile.release]`, built into `target/release`.
    Release,
}

impl LoopProfile {
    /// The profile's name in `Cargo.toml` (`dev`, `release`).
    pub fn name(self) -> &'static str {
        match self {
            LoopProfile::Dev => "dev",
            LoopProfile::Release => "release",
        }
    }

    /// The directory under `target/` its artifacts go to.
    pub fn dir(self) -> &'static str {
        match self {
            LoopProfile::Dev => "debug",
            LoopProfile::Release => "release",
        }
    }

    /// The arguments `cargo build` needs for it.
    pub fn cargo_args(self) -> &'static [&'static str] {
        match self {
            LoopProfile::Dev => &[],
            LoopProfile::Release => &["--release"],
        }
    }
}

/// What a lever is judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Judge {
    /// The edit loop: kept when the loop is faster.
    #[default]
    EditLoop,
    /// The program's own run time (`--run`): kept when the program is faster and the
    /// edit loop is not slower.
    Program,
}

/// One profile key, under the loop's profile (`[profile.dev]` or `[profile.release]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileKey {
    /// The profile the key is set in.
    pub profile: LoopProfile,
    /// The key's path below `[profile.NAME]`, e.g. `["package", "*", "debug"]`.
    pub path: &'static [&'static str],
    /// Its value, as TOML (`"line-tables-only"` with the quotes, `false`, `3`).
    pub value: &'static str,
}

impl ProfileKey {
    /// The key as a `--config` value: `profile.dev.package."*".debug=false`.
    pub fn config_arg(&self) -> String {
        let path: Vec<String> = self
            .path
            .iter()
            .map(|p| {
                if p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    p.to_string()
                } else {
                    format!("\"{p}\"")
                }
            })
            .collect();
        format!(
            "profile.{}.{}={}",
            self.profile.name(),
            path.join("."),
            self.value
        )
    }

    /// The key as it reads in `Cargo.toml`, for the paste-ready settings.
    pub fn toml_line(&self) -> (String, String) {
        let (last, tables) = self.path.split_last().expect("a key has a name");
        let mut table = format!("profile.{}", self.profile.name());
        for t in tables {
            if t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                table.push('.');
                table.push_str(t);
            } else {
                table.push_str(&format!(".\"{t}\""));
            }
        }
        (table, format!("{last} = {}", self.value))
    }
}

/// A lever: a named change of settings.
#[derive(Debug, Clone, Serialize)]
pub struct Lever {
    /// Its name on the command line (`--levers mold,line-tables-only`).
    pub name: &'static str,
    /// What it does, in a few words.
    pub title: &'static str,
    /// What the learner gives up for it.
    pub loses: &'static str,
    /// Profile keys it sets.
    pub profile: Vec<ProfileKey>,
    /// Compiler flags it adds (`rustflags`).
    pub rustflags: Vec<String>,
    /// The toolchain it needs (`nightly`), measured against a baseline on the same
    /// toolchain.
    pub toolchain: Option<&'static str>,
    /// The linker the binary must name after the variant's build, when the lever is a
    /// linker: otherwise the setting did not take effect (a `RUSTFLAGS` of the
    /// learner's, say), and the lever is not judged.
    pub expect_linker: Option<&'static str>,
    /// Levers that this one makes pointless, kept together with it: no debug info
    /// leaves nothing for line tables, split debug info or the dependencies' setting.
    pub excludes: &'static [&'static str],
    /// Build scripts (relative to the project root) that get a
    /// `cargo:rerun-if-changed=build.rs` line in the variant's copy: a change to the
    /// learner's source, tried in the copy and never applied.
    pub build_scripts: Vec<std::path::PathBuf>,
    /// What the lever is judged on.
    pub judge: Judge,
}

impl Lever {
    /// Whether the two should not be kept together.
    pub fn clashes_with(&self, other: &Lever) -> bool {
        self.excludes.contains(&other.name)
            || other.excludes.contains(&self.name)
            || (self.expect_linker.is_some() && other.expect_linker.is_some())
            || self
                .profile
                .iter()
                .any(|k| other.profile.iter().any(|o| o.path == k.path))
    }
}

/// What `tune` knows of the project and the machine when it chooses levers.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Situation {
    /// The linker that wrote the project's binary, as read from it (`LLD 22.1.2`,
    /// `GNU ld …`, `mold …`); `None` when no binary could be read.
    pub linker: Option<String>,
    /// Whether `linker` is known: `false` before the first build (`--list-levers` on a
    /// project never built), when the linker levers are listed as they may apply.
    pub linker_known: bool,
    /// Whether `mold` is on `PATH`.
    pub mold: bool,
    /// Whether `wild` and `clang` (which Wild's usage guide has drive it) are on `PATH`.
    pub wild: bool,
    /// Whether the nightly toolchain has the Cranelift backend component
    /// (`rustc-codegen-cranelift-preview`).
    pub cranelift: bool,
    /// Whether the toolchain ships `rust-lld`.
    pub rust_lld: bool,
    /// Whether a nightly toolchain is installed.
    pub nightly: bool,
    /// The profile whose loop is measured.
    pub loop_profile: LoopProfile,
    /// Whether the program's run time is measured (`--run`).
    pub program: bool,
    /// The project's keys of that profile that the levers set, as TOML (`debug`,
    /// `split-debuginfo`, `build-override.opt-level`, `package."*".debug`,
    /// `package."*".opt-level`, `incremental`).
    pub profile: Vec<(String, String)>,
    /// Whether `CARGO_INCREMENTAL` is set, which overrides the profile's `incremental`.
    pub incremental_env: bool,
    /// Whether `RUSTFLAGS` (or `CARGO_ENCODED_RUSTFLAGS`) is set, which overrides every
    /// `rustflags` of the configuration.
    pub rustflags_env: bool,
    /// The machine's cores.
    pub cores: usize,
    /// Build scripts of the workspace that reran after an edit of the baseline's loop
    /// that did not touch them (they print no `rerun-if-changed`, or not for this
    /// platform), relative to the project root.
    pub build_scripts_rerun: Vec<std::path::PathBuf>,
    /// Whether this is Linux, where `split-debuginfo = "unpacked"` differs from the
    /// default.
    pub linux: bool,
}

impl Situation {
    fn profile_value(&self, key: &str) -> Option<&str> {
        self.profile
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn uses_linker(&self, prefix: &str) -> bool {
        self.linker
            .as_deref()
            .is_some_and(|l| l.starts_with(prefix))
    }
}

/// A lever of the catalogue with whether it applies here, and why not.
#[derive(Debug, Clone, Serialize)]
pub struct Offer {
    /// The lever.
    pub lever: Lever,
    /// Why it is not tried here; `None` when it is.
    pub not_here: Option<String>,
}

const NO_BINARY: &str = "the build links no binary whose linker could be read";
const DEBUG_LOSS: &str = "a debugger shows no local variables or types (file and line remain)";

impl Lever {
    /// A lever that sets nothing yet.
    fn new(name: &'static str, title: &'static str, loses: &'static str) -> Lever {
        Lever {
            name,
            title,
            loses,
            profile: Vec::new(),
            rustflags: Vec::new(),
            toolchain: None,
            expect_linker: None,
            excludes: &[],
            build_scripts: Vec::new(),
            judge: Judge::EditLoop,
        }
    }

    /// Sets `PATH = VALUE` in the loop's profile (the catalogue sets which).
    fn setting(mut self, path: &'static [&'static str], value: &'static str) -> Lever {
        self.profile.push(ProfileKey {
            profile: LoopProfile::Dev,
            path,
            value,
        });
        self
    }

    /// Adds compiler flags.
    fn flags(mut self, flags: &[&str]) -> Lever {
        self.rustflags.extend(flags.iter().map(|f| f.to_string()));
        self
    }

    /// A linker: the binary must name `expect` afterwards.
    fn linking(mut self, expect: &'static str) -> Lever {
        self.expect_linker = Some(expect);
        self
    }
}

/// Every lever, with whether it applies in `situation`.
pub fn catalogue(situation: &Situation) -> Vec<Offer> {
    let flags_blocked = situation.rustflags_env.then(|| {
        "RUSTFLAGS is set in your environment, which overrides every rustflags setting".to_string()
    });
    // Why a linker does not apply: not installed, nothing linked, already in use, or
    // the learner's RUSTFLAGS would override it.
    let linker = |installed: Option<&str>, in_use: Option<(&str, &str)>| -> Option<String> {
        if let Some(missing) = installed {
            Some(missing.to_string())
        } else if situation.linker_known && situation.linker.is_none() {
            Some(NO_BINARY.into())
        } else if let Some((prefix, why)) = in_use
            && situation.uses_linker(prefix)
        {
            Some(why.to_string())
        } else {
            flags_blocked.clone()
        }
    };
    let release = situation.loop_profile == LoopProfile::Release;
    let profile = situation.loop_profile.name();
    // `key` is the key's path below the profile (`package."*".debug`).
    let already = |key: &str| {
        situation.profile_value(key).map(|v| {
            let (table, name) = match key.rsplit_once('.') {
                Some((t, n)) => (format!("profile.{profile}.{t}"), n),
                None => (format!("profile.{profile}"), key),
            };
            format!("[{table}] already sets {name} = {v}")
        })
    };
    let debug = situation.profile_value("debug");
    // The dev profile has full debug info by default, the release profile none.
    let full_debug = match debug {
        None => !release,
        Some(v) => matches!(v, "true" | "2" | "\"full\""),
    };
    let no_debug = match debug {
        None => release,
        Some(v) => matches!(v, "false" | "0" | "\"none\""),
    };
    let release_no_debug =
        "the release profile has no debug info by default, and this project sets none";
    let nightly_blocked = if !situation.nightly {
        Some("no nightly toolchain is installed (rustup toolchain install nightly)".to_string())
    } else {
        flags_blocked.clone()
    };
    let scripts = situation.build_scripts_rerun.clone();

    let mut offers = vec![
        Offer {
            lever: Lever::new(
                "mold",
                "link with mold",
                "every machine that builds with this setting needs mold installed (CI too)",
            )
            .flags(&["-C", "link-arg=-fuse-ld=mold"])
            .linking("mold"),
            not_here: linker(
                (!situation.mold).then_some("mold is not on PATH"),
                Some(("mold", "the binary is already linked by mold")),
            ),
        },
        Offer {
            lever: Lever::new(
                "wild",
                "link with Wild, driven by clang",
                "every machine that builds with this setting needs wild and clang installed (CI too)",
            )
            .flags(&["-C", "linker=clang", "-C", "link-arg=--ld-path=wild"])
            .linking("Wild"),
            not_here: linker((!situation.wild).then_some("wild or clang is not on PATH"), None),
        },
        Offer {
            lever: Lever::new(
                "rust-lld",
                "link with rust-lld, shipped with the toolchain",
                "an older toolchain, or a target without rust-lld, fails to link with this setting",
            )
            .flags(&["-C", "linker-features=+lld", "-C", "link-self-contained=+linker"])
            .linking("LLD"),
            not_here: linker(
                (!situation.rust_lld).then_some("this toolchain ships no rust-lld"),
                Some((
                    "LLD",
                    "the binary is already linked by LLD (the default on x86_64 Linux since Rust 1.90)",
                )),
            ),
        },
        Offer {
            lever: Lever::new("line-tables-only", "debug info: line tables only", DEBUG_LOSS)
                .setting(&["debug"], "\"line-tables-only\""),
            not_here: (!full_debug).then(|| match debug {
                Some(d) => format!("[profile.{profile}] already sets debug = {d}"),
                None => release_no_debug.to_string(),
            }),
        },
        Offer {
            lever: Lever {
                excludes: &["deps-no-debuginfo", "split-debuginfo", "line-tables-only"],
                ..Lever::new(
                    "no-debuginfo",
                    "no debug info",
                    "no debugging, and backtraces without file and line",
                )
                .setting(&["debug"], "false")
            },
            not_here: no_debug.then(|| match debug {
                Some(_) => format!("[profile.{profile}] already sets no debug info"),
                None => release_no_debug.to_string(),
            }),
        },
        Offer {
            lever: Lever::new(
                "deps-no-debuginfo",
                "no debug info for dependencies",
                "a debugger cannot step through dependencies' code with their variables",
            )
            .setting(&["package", "*", "debug"], "false"),
            not_here: if no_debug {
                Some(release_no_debug.to_string())
            } else {
                already("package.\"*\".debug")
            },
        },
        Offer {
            lever: Lever::new(
                "split-debuginfo",
                "debug info left in the object files (split-debuginfo = \"unpacked\")",
                "the binary is debuggable only beside the build's object files; do not ship it",
            )
            .setting(&["split-debuginfo"], "\"unpacked\""),
            not_here: if no_debug {
                Some(release_no_debug.to_string())
            } else if situation.linux {
                already("split-debuginfo")
            } else {
                Some("only Linux keeps debug info in the binary by default".into())
            },
        },
        Offer {
            lever: Lever::new(
                "build-override",
                "optimized build scripts and proc-macros",
                "a longer first build of build scripts and proc-macros",
            )
            .setting(&["build-override", "opt-level"], "3"),
            not_here: already("build-override.opt-level"),
        },
        Offer {
            lever: Lever {
                judge: Judge::Program,
                ..Lever::new(
                    "deps-optimized",
                    "optimized dependencies (opt-level 3 for every package but the workspace's)",
                    "a longer cold build, and a debugger sees dependencies' code optimized \
                     (variables optimized out)",
                )
                .setting(&["package", "*", "opt-level"], "3")
            },
            not_here: if release {
                Some("the release profile optimizes dependencies already".into())
            } else if !situation.program {
                Some(
                    "it speeds up the program, not the build: pass --run \"ARGS\" so tune \
                     can time the program"
                        .into(),
                )
            } else {
                already("package.\"*\".opt-level")
            },
        },
        Offer {
            lever: Lever::new(
                "release-incremental",
                "incremental compilation for release builds (incremental = true)",
                "more disk in target/release, and the generated code can be slower (fewer \
                 cross-function optimizations): time it with --run",
            )
            .setting(&["incremental"], "true"),
            not_here: if !release {
                Some("for the release loop (--release); the dev profile is incremental already".into())
            } else if situation.incremental_env {
                Some(
                    "CARGO_INCREMENTAL is set in your environment, which overrides the profile's \
                     incremental"
                        .into(),
                )
            } else {
                already("incremental")
            },
        },
        Offer {
            lever: Lever {
                toolchain: Some("nightly"),
                ..Lever::new(
                    "parallel-frontend",
                    "the parallel front-end (nightly, -Zthreads)",
                    "a nightly toolchain for every build",
                )
                .flags(&[&format!("-Zthreads={}", situation.cores.max(2))])
            },
            not_here: if situation.cores < 2 && situation.nightly {
                Some("one core: nothing to run in parallel".into())
            } else {
                nightly_blocked.clone()
            },
        },
        Offer {
            lever: Lever {
                toolchain: Some("nightly"),
                ..Lever::new(
                    "cranelift",
                    "the Cranelift code generator (nightly)",
                    "a nightly toolchain for every build, and slower generated code in debug builds",
                )
                .flags(&["-Zcodegen-backend=cranelift"])
            },
            not_here: if release {
                Some("Cranelift trades the generated code's speed for build speed: a debug-build lever".into())
            } else if situation.nightly && !situation.cranelift {
                Some(
                    "the nightly toolchain lacks the component (rustup component add \
                     rustc-codegen-cranelift-preview --toolchain nightly)"
                        .into(),
                )
            } else {
                nightly_blocked.clone()
            },
        },
        Offer {
            lever: Lever {
                build_scripts: scripts.clone(),
                ..Lever::new(
                    "rerun-if-changed",
                    "build scripts rerun only when build.rs changes (a source change)",
                    "right only if the build script reads nothing but build.rs: name every other \
                     file it reads with rerun-if-changed and every variable with \
                     rerun-if-env-changed; tune tries it in the copy and never applies it",
                )
            },
            not_here: scripts.is_empty().then(|| {
                "no build script of the workspace reran after an edit of the loop".to_string()
            }),
        },
    ];
    for o in &mut offers {
        for k in &mut o.lever.profile {
            k.profile = situation.loop_profile;
        }
    }
    offers
}

/// The line the `rerun-if-changed` lever adds at the start of a build script's `main`.
pub const RERUN_LINE: &str = "println!(\"cargo:rerun-if-changed=build.rs\");";

/// The lever of the catalogue called `name`, whatever the machine, with its keys in
/// `profile`.
pub fn by_name(name: &str, profile: LoopProfile) -> Option<Lever> {
    let any = Situation {
        cores: std::thread::available_parallelism().map_or(2, |n| n.get()),
        loop_profile: profile,
        ..Situation::default()
    };
    catalogue(&any)
        .into_iter()
        .map(|o| o.lever)
        .find(|l| l.name == name)
}

/// The levers to try: the ones named (each must exist), or every one that applies.
pub fn choose(offers: &[Offer], named: Option<&[String]>) -> Result<Vec<Lever>, String> {
    let Some(named) = named else {
        return Ok(offers
            .iter()
            .filter(|o| o.not_here.is_none())
            .map(|o| o.lever.clone())
            .collect());
    };
    let mut chosen = Vec::new();
    for name in named {
        let Some(o) = offers.iter().find(|o| o.lever.name == name) else {
            let names: Vec<&str> = offers.iter().map(|o| o.lever.name).collect();
            let hint = crate::suggest::nearest(name, &names)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            return Err(format!(
                "no lever is called `{name}`{hint} (the levers: {})",
                names.join(", ")
            ));
        };
        if let Some(why) = &o.not_here {
            return Err(format!("the lever `{name}` does not apply here: {why}"));
        }
        chosen.push(o.lever.clone());
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn here() -> Situation {
        Situation {
            linker: Some("LLD 22.1.2".into()),
            linker_known: true,
            mold: true,
            rust_lld: true,
            nightly: false,
            cores: 2,
            linux: true,
            ..Situation::default()
        }
    }

    fn tried(s: &Situation) -> Vec<&'static str> {
        catalogue(s)
            .into_iter()
            .filter(|o| o.not_here.is_none())
            .map(|o| o.lever.name)
            .collect()
    }

    #[test]
    fn the_levers_follow_the_machine_and_the_project() {
        assert_eq!(
            tried(&here()),
            [
                "mold",
                "line-tables-only",
                "no-debuginfo",
                "deps-no-debuginfo",
                "split-debuginfo",
                "build-override"
            ]
        );
        let no_mold = Situation {
            mold: false,
            ..here()
        };
        assert!(!tried(&no_mold).contains(&"mold"));
        let gnu = Situation {
            linker: Some("GNU ld (GNU Binutils) 2.44".into()),
            ..here()
        };
        assert!(tried(&gnu).contains(&"rust-lld"));
        let tables = Situation {
            profile: vec![("debug".into(), "\"line-tables-only\"".into())],
            ..here()
        };
        assert!(!tried(&tables).contains(&"line-tables-only"));
        let env = Situation {
            rustflags_env: true,
            nightly: true,
            ..here()
        };
        assert!(!tried(&env).contains(&"mold") && !tried(&env).contains(&"parallel-frontend"));
        let nightly = Situation {
            nightly: true,
            ..here()
        };
        assert!(tried(&nightly).contains(&"parallel-frontend"));
    }

    #[test]
    fn the_release_loop_has_its_own_levers_and_keys() {
        let release = Situation {
            loop_profile: LoopProfile::Release,
            nightly: true,
            cranelift: true,
            ..here()
        };
        assert_eq!(
            tried(&release),
            [
                "mold",
                "build-override",
                "release-incremental",
                "parallel-frontend"
            ]
        );
        let offers = catalogue(&release);
        let get = |n: &str| offers.iter().find(|o| o.lever.name == n).unwrap();
        assert_eq!(
            get("release-incremental").lever.profile[0].config_arg(),
            "profile.release.incremental=true"
        );
        assert_eq!(
            get("build-override").lever.profile[0].toml_line().0,
            "profile.release.build-override"
        );
        assert!(
            get("line-tables-only")
                .not_here
                .as_deref()
                .unwrap()
                .contains("no debug info by default")
        );
        // A release profile with debug info gets the debug levers.
        let with_debug = Situation {
            profile: vec![("debug".into(), "true".into())],
            ..release.clone()
        };
        assert!(tried(&with_debug).contains(&"line-tables-only"));
        // CARGO_INCREMENTAL overrides the profile: the lever would measure nothing.
        let env = Situation {
            incremental_env: true,
            ..release
        };
        assert!(!tried(&env).contains(&"release-incremental"));
        // The dev loop has neither the release lever nor, without --run, the
        // dependencies' optimization; with --run it has.
        assert!(!tried(&here()).contains(&"release-incremental"));
        assert!(!tried(&here()).contains(&"deps-optimized"));
        let program = Situation {
            program: true,
            ..here()
        };
        assert!(tried(&program).contains(&"deps-optimized"));
        assert_eq!(
            by_name("deps-optimized", LoopProfile::Dev).unwrap().judge,
            Judge::Program
        );
    }

    #[test]
    fn levers_that_set_the_same_thing_or_make_each_other_pointless_clash() {
        let all: Vec<Lever> = catalogue(&here()).into_iter().map(|o| o.lever).collect();
        let get = |n: &str| all.iter().find(|l| l.name == n).unwrap();
        assert!(get("no-debuginfo").clashes_with(get("line-tables-only")));
        assert!(get("deps-no-debuginfo").clashes_with(get("no-debuginfo")));
        assert!(get("mold").clashes_with(get("rust-lld")));
        // The Cargo book's suggestion: line tables for your code, none for dependencies.
        assert!(!get("line-tables-only").clashes_with(get("deps-no-debuginfo")));
        assert!(!get("split-debuginfo").clashes_with(get("build-override")));
    }

    #[test]
    fn a_named_lever_must_exist_and_apply() {
        let offers = catalogue(&Situation {
            mold: false,
            ..here()
        });
        let err = choose(&offers, Some(&["line-tables".into()])).unwrap_err();
        assert!(err.contains("did you mean `line-tables-only`"), "{err}");
        let err = choose(&offers, Some(&["mold".into()])).unwrap_err();
        assert!(err.contains("mold is not on PATH"), "{err}");
        let chosen = choose(&offers, Some(&["no-debuginfo".into()])).unwrap();
        assert_eq!(chosen[0].name, "no-debuginfo");
    }

    #[test]
    fn profile_keys_become_config_values_and_toml_lines() {
        let k = ProfileKey {
            profile: LoopProfile::Dev,
            path: &["package", "*", "debug"],
            value: "false",
        };
        assert_eq!(k.config_arg(), "profile.dev.package.\"*\".debug=false");
        assert_eq!(
            k.toml_line(),
            (
                "profile.dev.package.\"*\"".to_string(),
                "debug = false".to_string()
            )
        );
        let k = ProfileKey {
            profile: LoopProfile::Dev,
            path: &["build-override", "opt-level"],
            value: "3",
        };
        assert_eq!(k.config_arg(), "profile.dev.build-override.opt-level=3");
    }
}
