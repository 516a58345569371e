fn main() {
    let found = memchr::memchr(b'=', b"key=value");
    println!("'=' at {found:?}");
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_every_separator() {
        let all: Vec<usize> = memchr::memchr_iter(b'=', b"a=1;b=2").collect();
        assert_eq!(all, vec![1, 5]);
    }
}
