/// Where the first comma is, if there is one.
fn first_comma(text: &[u8]) -> Option<usize> {
    memchr::memchr(b',', text)
}

fn main() {
    println!("first comma at {:?}", first_comma(b"edit, then check"));
}

#[cfg(test)]
mod tests {
    #[test]
    fn agrees_with_a_searcher_built_for_many_patterns() {
        let text = b"edit, check, run";
        let searcher = aho_corasick::AhoCorasick::new([","]).unwrap();
        let found = searcher.find(&text[..]).map(|m| m.start());
        assert_eq!(super::first_comma(text), found);
    }
}
