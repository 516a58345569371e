//! `{{#KIND}}` and `{{#KIND ARG}}` directives in a chapter, for every block kind the
//! preprocessor expands: found with their line, replaced by what the block renders,
//! and `\{{#KIND …}}` left as written, without its backslash.

use regex::Regex;

/// One directive found in a chapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    /// Its argument (`touch-main` in `{{#exercise touch-main}}`), empty when none.
    pub arg: &'a str,
    /// Its 1-based line in the chapter.
    pub line: usize,
}

fn pattern(kind: &str) -> Regex {
    Regex::new(&format!(
        r"(\\)?\{{\{{#{}(?:\s+([^}}\s]*))?\s*\}}\}}",
        regex::escape(kind)
    ))
    .expect("a valid pattern")
}

/// Whether `content` holds a `{{#kind}}` directive (escaped ones included).
pub fn contains(content: &str, kind: &str) -> bool {
    content.contains(&format!("{{{{#{kind}"))
}

/// Replaces every `{{#kind …}}` of `content` with what `render` makes of it; returns
/// the new text, or every error `render` gave (with its line) and none of the text.
pub fn expand(
    content: &str,
    kind: &str,
    mut render: impl FnMut(Found) -> Result<String, String>,
) -> Result<String, Vec<String>> {
    if !contains(content, kind) {
        return Ok(content.to_string());
    }
    let mut errors = Vec::new();
    let out = pattern(kind).replace_all(content, |caps: &regex::Captures| {
        let whole = &caps[0];
        if caps.get(1).is_some() {
            return whole[1..].to_string();
        }
        let found = Found {
            arg: caps.get(2).map_or("", |m| m.as_str()),
            line: crate::engine::manifest::line_of(content, caps.get(0).map_or(0, |m| m.start())),
        };
        render(found).unwrap_or_else(|e| {
            errors.push(e);
            String::new()
        })
    });
    if errors.is_empty() {
        Ok(out.into_owned())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_with_arguments_lines_and_escapes() {
        let text = "a\n{{#box one}}\n\\{{#box two}}\n{{#box}}\n{{#other x}}\n";
        let out = expand(text, "box", |f| Ok(format!("[{}@{}]", f.arg, f.line))).unwrap();
        assert_eq!(out, "a\n[one@2]\n{{#box two}}\n[@4]\n{{#other x}}\n");
        let err = expand(text, "box", |f| Err(format!("line {}", f.line))).unwrap_err();
        assert_eq!(err, vec!["line 2", "line 4"]);
        assert_eq!(
            expand("plain", "box", |_| Err("x".into())).unwrap(),
            "plain"
        );
    }
}
