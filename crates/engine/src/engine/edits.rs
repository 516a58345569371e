//! Pure file changes used by `edit`, `profile` and `cargo-toml` steps.
//!
//! Each function takes a file's text and returns the changed text, so the same code
//! checks a plan up front (on an in-memory copy) and runs it (on the scratch copy).

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use toml_edit::{DocumentMut, Item, Table};

/// A change to one source file.
#[derive(Debug, Clone, PartialEq)]
pub enum TextEdit {
    /// Apply a unified diff (one file).
    Patch {
        /// The patch text.
        patch: String,
    },
    /// Append text at the end of the file.
    Append {
        /// The text appended.
        text: String,
    },
    /// Write the whole file (creating it if needed).
    Write {
        /// The new content.
        text: String,
    },
    /// Write the file's own content back: a new modification time, the same bytes.
    Rewrite,
    /// Replace the one occurrence of `from` with `to`.
    Replace {
        /// Text that must occur exactly once.
        from: String,
        /// Its replacement.
        to: String,
    },
}

/// Applies a text edit to `content`.
pub fn apply_text_edit(content: &str, edit: &TextEdit) -> Result<String> {
    match edit {
        TextEdit::Patch { patch } => {
            let patch = diffy::Patch::from_str(patch).context("the patch is not a unified diff")?;
            diffy::apply(content, &patch)
                .map_err(|e| anyhow::anyhow!("the patch does not apply: {e}"))
        }
        TextEdit::Append { text } => Ok(format!("{content}{text}")),
        TextEdit::Write { text } => Ok(text.clone()),
        TextEdit::Rewrite => Ok(content.to_string()),
        TextEdit::Replace { from, to } => match content.matches(from.as_str()).count() {
            1 => Ok(content.replacen(from.as_str(), to, 1)),
            0 => bail!("the text to replace does not occur in the file"),
            n => bail!("the text to replace occurs {n} times; make it unique"),
        },
    }
}

/// The file a single-file unified diff changes, from its `+++` header
/// (a leading `b/` is dropped, as `git diff` writes it).
pub fn patch_target(patch: &str) -> Result<String> {
    let parsed = diffy::Patch::from_str(patch).context("the patch is not a unified diff")?;
    let name = parsed
        .modified()
        .or(parsed.original())
        .context("the patch names no file in its `+++` line")?;
    let name = name.trim();
    Ok(name.strip_prefix("b/").unwrap_or(name).to_string())
}

/// A change to a table of a `Cargo.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestEdit {
    /// The path of the table, e.g. `["profile", "dev"]` or `["dependencies"]`.
    pub table: Vec<String>,
    /// Keys set to these values.
    pub set: BTreeMap<String, toml::Value>,
    /// Keys removed.
    pub unset: Vec<String>,
}

/// Applies a manifest edit to the text of a `Cargo.toml`, keeping its layout.
///
/// Missing tables are created (implicit when only holding subtables, as
/// `[profile.dev.package."*"]` is written). A key to unset that is absent is fine:
/// steps that switch a setting back do not depend on how it was switched on.
pub fn apply_manifest_edit(content: &str, edit: &ManifestEdit) -> Result<String> {
    let mut doc: DocumentMut = content
        .parse()
        .context("the Cargo.toml is not valid TOML")?;
    let mut table: &mut Table = doc.as_table_mut();
    for (depth, name) in edit.table.iter().enumerate() {
        let entry = table.entry(name).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        table = entry
            .as_table_mut()
            .with_context(|| format!("`{}` is not a table", edit.table[..=depth].join(".")))?;
    }
    if !edit.set.is_empty() {
        table.set_implicit(false);
    }
    for (key, value) in &edit.set {
        table.insert(key, Item::Value(to_edit_value(value)?));
    }
    for key in &edit.unset {
        table.remove(key);
    }
    Ok(doc.to_string())
}

fn to_edit_value(value: &toml::Value) -> Result<toml_edit::Value> {
    // Round-trip through text: the two crates share TOML's grammar, not their types.
    let text = toml::to_string(&BTreeMap::from([("v", value)]))?;
    let doc: DocumentMut = text.parse()?;
    match doc.get("v") {
        Some(Item::Value(v)) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            Ok(v)
        }
        Some(Item::Table(t)) => Ok(toml_edit::Value::InlineTable(t.clone().into_inline_table())),
        _ => bail!("cannot write {value} into a manifest"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATCH: &str = "--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn f() -> u32 {\n-    1\n+    2\n }\n";

    #[test]
    fn applies_a_patch_and_names_its_file() {
        let out = apply_text_edit(
            "pub fn f() -> u32 {\n    1\n}\n",
            &TextEdit::Patch {
                patch: PATCH.into(),
            },
        )
        .unwrap();
        assert_eq!(out, "pub fn f() -> u32 {\n    2\n}\n");
        assert_eq!(patch_target(PATCH).unwrap(), "src/lib.rs");
    }

    #[test]
    fn a_patch_that_does_not_apply_is_an_error() {
        let err = apply_text_edit(
            "fn g() {}\n",
            &TextEdit::Patch {
                patch: PATCH.into(),
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("does not apply"), "{err}");
    }

    #[test]
    fn replace_needs_exactly_one_match() {
        let edit = TextEdit::Replace {
            from: "a".into(),
            to: "b".into(),
        };
        assert_eq!(apply_text_edit("xa", &edit).unwrap(), "xb");
        assert!(apply_text_edit("aa", &edit).is_err());
        assert!(apply_text_edit("x", &edit).is_err());
    }

    #[test]
    fn sets_and_unsets_profile_keys_keeping_the_rest() {
        let original = "[package]\nname = \"app\" # keep me\n";
        let on = ManifestEdit {
            table: vec!["profile".into(), "dev".into()],
            set: BTreeMap::from([("opt-level".into(), toml::Value::Integer(1))]),
            unset: vec![],
        };
        let changed = apply_manifest_edit(original, &on).unwrap();
        assert!(changed.contains("# keep me"));
        assert!(
            changed.contains("[profile.dev]\nopt-level = 1\n"),
            "{changed}"
        );
        let off = ManifestEdit {
            set: BTreeMap::new(),
            unset: vec!["opt-level".into()],
            ..on
        };
        let back = apply_manifest_edit(&changed, &off).unwrap();
        assert!(!back.contains("opt-level"), "{back}");
    }

    #[test]
    fn writes_package_override_tables_and_inline_tables() {
        let edit = ManifestEdit {
            table: vec!["profile".into(), "dev".into(), "package".into(), "*".into()],
            set: BTreeMap::from([("opt-level".into(), toml::Value::Integer(3))]),
            unset: vec![],
        };
        let out = apply_manifest_edit("", &edit).unwrap();
        assert!(
            out.contains("[profile.dev.package.\"*\"]\nopt-level = 3"),
            "{out}"
        );

        let mut dep = toml::Table::new();
        dep.insert("version".into(), "=1.0.19".into());
        let edit = ManifestEdit {
            table: vec!["dependencies".into()],
            set: BTreeMap::from([("itoa".into(), toml::Value::Table(dep))]),
            unset: vec![],
        };
        let out = apply_manifest_edit("[dependencies]\n", &edit).unwrap();
        assert!(out.contains("itoa = { version = \"=1.0.19\" }"), "{out}");
    }
}
