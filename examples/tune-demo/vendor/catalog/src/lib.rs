//! A catalogue of items, each built by a function of its own: a lot of code, and with
//! the dev profile's full debug info, a lot of debug info for the linker to copy into
//! every build of `app`.

/// One item of the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Its name.
    pub name: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its price.
    pub price: f64,
}

macro_rules! items {
    ($($f:ident)*) => {
        $(
            #[inline(never)]
            fn $f(seed: u64) -> Item {
                let name = format!("{}-{}", stringify!($f), seed);
                let tags: Vec<String> = (0..(seed % 5))
                    .map(|t| format!("{}:{}", stringify!($f), t))
                    .collect();
                let price = (seed as f64) * 1.25 + tags.len() as f64;
                Item { name, tags, price }
            }
        )*
        /// Every item.
        pub fn items() -> Vec<Item> {
            let mut all = Vec::new();
            let mut seed = 1u64;
            $(
                all.push($f(seed));
                seed += 1;
            )*
            all
        }
    };
}

macro_rules! sections {
    ($($m:ident)*) => {
        $(
            /// One section of the catalogue.
            pub mod $m {
                use super::Item;
                items! {
                    a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9
                    c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 d1 d2 d3 d4 d5 d6 d7 d8 d9
                }
            }
        )*
        /// Every item of every section.
        pub fn items() -> Vec<Item> {
            let mut all = Vec::new();
            $( all.extend($m::items()); )*
            all
        }
    };
}

sections! {
    s00 s01 s02 s03 s04 s05 s06 s07 s08 s09 s10 s11 s12 s13 s14 s15 s16 s17 s18 s19
    s20 s21 s22 s23 s24 s25 s26 s27 s28 s29
}

/// A fingerprint of the items' names and tags, taken `rounds` times over: the kind of
/// work a search through the catalogue does, and slow without optimizations.
pub fn fingerprint(items: &[Item], rounds: u32) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for round in 0..rounds {
        for item in items {
            let tags = item.tags.iter().flat_map(|t| t.bytes());
            for byte in item.name.bytes().chain(tags) {
                hash = (hash ^ u64::from(byte) ^ u64::from(round)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    hash
}
