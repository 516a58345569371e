//! The data a page shows.

/// A page with a title and some lines.
pub struct Page {
    /// The title.
    pub title: String,
    /// The lines, in order.
    pub lines: Vec<String>,
}

/// A page to start from.
pub fn sample() -> Page {
    Page {
        title: "Release notes".into(),
        lines: vec!["faster builds".into(), "fewer rebuilds".into()],
    }
}
